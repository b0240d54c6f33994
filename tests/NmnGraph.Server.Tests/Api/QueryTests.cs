using System.Text.Json.Nodes;
using NmnGraph.Server.Api;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Tests.Api;

/// <summary>Every root query field over HTTP against the seed corpus.</summary>
public abstract class QueryTests(SeededServerFixture fixture)
{
    private ApiServer Server => fixture.Server;

    [SkippableFact]
    public async Task Stats_count_the_seed_corpus()
    {
        JsonObject data = await Server.DataAsync("{ stats { articles studies claims mentions topics } }");
        JsonNode stats = data["stats"]!;
        Assert.Equal(Db.Scalar(Server.DatabasePath, "SELECT count(*) FROM articles"), (long)stats["articles"]!);
        Assert.Equal(Db.Scalar(Server.DatabasePath, "SELECT count(*) FROM studies"), (long)stats["studies"]!);
        Assert.Equal(Db.Scalar(Server.DatabasePath, "SELECT count(*) FROM claims"), (long)stats["claims"]!);
        Assert.Equal(Db.Scalar(Server.DatabasePath, "SELECT count(*) FROM mentions"), (long)stats["mentions"]!);
        Assert.Equal(Db.Scalar(Server.DatabasePath, "SELECT count(*) FROM topics"), (long)stats["topics"]!);
    }

    [SkippableFact]
    public async Task Article_by_slug_serves_every_field()
    {
        JsonObject data = await Server.DataAsync("""
            query ($slug: String!) {
              article(slug: $slug) {
                id slug title author publisher publishedOn column sourceUrl text importedAt
                blocks { index kind text start end }
                headings: blocks(kind: HEADING) { kind }
                mentions { quote start end claim { slug } article { slug } }
                claims(first: 100) { nodes { slug } }
                citations { mode text start end article { slug } study { slug } }
                studies { slug }
                corrections { original likelyIntended start end confidence rationale article { slug } }
                topics { slug }
              }
            }
            """, new { slug = "nmn-bone-formation" });
        JsonNode article = data["article"]!;
        string text = (string)article["text"]!;
        Assert.Equal("nmn-bone-formation", (string)article["slug"]!);
        Assert.Equal("2023-11-06", (string)article["publishedOn"]!);
        Assert.True(GlobalId.TryDecode((string)article["id"]!, out EntityKind kind, out _));
        Assert.Equal(EntityKind.Article, kind);
        Assert.True(DateTimeOffset.TryParse((string)article["importedAt"]!, System.Globalization.CultureInfo.InvariantCulture, out _));

        JsonArray blocks = article["blocks"]!.AsArray();
        Assert.NotEmpty(blocks);
        foreach (JsonNode? block in blocks)
        {
            Assert.Equal((string)block!["text"]!, text[(int)block["start"]!..(int)block["end"]!]);
        }

        Assert.All(article["headings"]!.AsArray(), b => Assert.Equal("HEADING", (string)b!["kind"]!));
        Assert.Equal(blocks.Count(b => (string)b!["kind"]! == "HEADING"), article["headings"]!.AsArray().Count);

        JsonArray mentions = article["mentions"]!.AsArray();
        Assert.NotEmpty(mentions);
        foreach (JsonNode? mention in mentions)
        {
            // UTF-16 offsets: a C# substring of the text is the quote.
            Assert.Equal((string)mention!["quote"]!, text[(int)mention["start"]!..(int)mention["end"]!]);
            Assert.Equal("nmn-bone-formation", (string)mention["article"]!["slug"]!);
        }

        Assert.Equal(
            mentions.Select(m => (string)m!["claim"]!["slug"]!).Distinct(),
            article["claims"]!["nodes"]!.AsArray().Select(c => (string)c!["slug"]!));
        Assert.Contains(article["citations"]!.AsArray(), c => (string)c!["mode"]! == "FORMAL_REFERENCE");
        Assert.Equal(["lu-2023-gerona"], article["studies"]!.AsArray().Select(s => (string)s!["slug"]!));
        foreach (JsonNode? correction in article["corrections"]!.AsArray())
        {
            Assert.Equal((string)correction!["original"]!, text[(int)correction["start"]!..(int)correction["end"]!]);
        }

        Assert.Contains(article["topics"]!.AsArray(), t => (string)t!["slug"]! == "bone-osteoporosis");
    }

    [SkippableFact]
    public async Task Unknown_slugs_give_null()
    {
        JsonObject data = await Server.DataAsync("""
            { article(slug: "nope") { id } claim(slug: "nope") { id } topic(slug: "nope") { id } study(slug: "nope") { id } }
            """);
        Assert.All(data, pair => Assert.Null(pair.Value));
    }

    [SkippableFact]
    public async Task Study_by_doi_is_case_insensitive_and_serves_every_field()
    {
        JsonObject data = await Server.DataAsync("""
            {
              study(doi: "10.1093/GERONA/GLAC175") {
                id slug label title authors journal year volume issue pages doi pmid institutions
                design { summary inVitro animal species dose route duration humanTrial }
                findings evidenceLevels
                verification { status note sources }
                citedBy(first: 5) { totalCount nodes { slug } }
                claims { totalCount nodes { slug } }
                topics { slug }
              }
              bySlug: study(slug: "lu-2023-gerona") { doi }
              mismatch: study(doi: "10.1093/gerona/glac175", slug: "wuhan-2023-intimmunopharmacol-nmn-atopic-dermatitis") { slug }
            }
            """);
        JsonNode study = data["study"]!;
        Assert.Equal("lu-2023-gerona", (string)study["slug"]!);
        Assert.Equal(2023, (int)study["year"]!);
        Assert.Equal("VERIFIED", (string)study["verification"]!["status"]!);
        Assert.NotEmpty(study["authors"]!.AsArray());
        Assert.Equal(1, (int)study["citedBy"]!["totalCount"]!);
        Assert.Equal("nmn-bone-formation", (string)study["citedBy"]!["nodes"]![0]!["slug"]!);
        Assert.NotEmpty(study["claims"]!["nodes"]!.AsArray());
        Assert.Equal(study["claims"]!["nodes"]!.AsArray().Count, (int)study["claims"]!["totalCount"]!);
        Assert.Equal((string)study["doi"]!, (string)data["bySlug"]!["doi"]!);
        Assert.Null(data["mismatch"]);
    }

    [SkippableFact]
    public async Task Study_by_pmid_is_the_study_holding_that_pmid()
    {
        JsonNode lu = (await Server.DataAsync("""{ study(slug: "lu-2023-gerona") { slug pmid } }"""))["study"]!;
        string pmid = (string)lu["pmid"]!;
        JsonObject data = await Server.DataAsync(
            "query ($p: String, $other: String) { byPmid: study(pmid: $p) { slug } mismatch: study(pmid: $p, slug: $other) { slug } unknown: study(pmid: \"1\") { slug } }",
            new { p = pmid, other = "wuhan-2023-intimmunopharmacol-nmn-atopic-dermatitis" });
        Assert.Equal("lu-2023-gerona", (string)data["byPmid"]!["slug"]!);
        Assert.Null(data["mismatch"]);
        Assert.Null(data["unknown"]);
    }

    [SkippableFact]
    public async Task An_unidentified_study_keeps_null_metadata()
    {
        JsonObject data = await Server.DataAsync("""
            { study(slug: "wuhan-2023-intimmunopharmacol-nmn-atopic-dermatitis") { title doi pmid verification { status } } }
            """);
        Assert.Null(data["study"]!["title"]);
        Assert.Null(data["study"]!["doi"]);
        Assert.Equal("UNIDENTIFIED", (string)data["study"]!["verification"]!["status"]!);
    }

    [SkippableFact]
    public async Task Study_without_doi_or_slug_is_bad_input()
    {
        JsonObject error = await Server.ErrorAsync("{ study { slug } }");
        Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
    }

    [SkippableFact]
    public async Task Claim_serves_every_field_and_its_level_is_curated_or_the_strongest_checked_supporting_evidence()
    {
        JsonObject data = await Server.DataAsync("""
            {
              claims(first: 100) {
                nodes {
                  id slug statement kind aboutNmn evidenceLevel evidenceLevelCurated evidenceVerification caveats
                  mentions { quote start end article { text } }
                  evidence { stance level verification note study { slug } claim { slug } }
                  topics { slug } articles { totalCount nodes { slug } } studies { slug }
                }
              }
            }
            """);
        JsonArray claims = data["claims"]!["nodes"]!.AsArray();
        Assert.Equal(Db.Scalar(Server.DatabasePath, "SELECT count(*) FROM claims"), claims.Count);
        foreach (JsonNode? claim in claims)
        {
            EvidenceLevel level = EnumText.Parse<EvidenceLevel>((string)claim!["evidenceLevel"]!);
            JsonArray evidence = claim["evidence"]!.AsArray();
            if (!(bool)claim["evidenceLevelCurated"]!)
            {
                var supporting = evidence
                    .Where(e => (string)e!["stance"]! is "SUPPORTS" or "PARTIALLY_SUPPORTS" && (string)e["verification"]! != "ARTICLE_ONLY")
                    .Select(e => EnumText.Parse<EvidenceLevel>((string)e!["level"]!))
                    .Where(EvidenceRules.IsStudyEvidence)
                    .ToList();
                Assert.Equal(supporting.Count > 0 ? supporting.Min() : EvidenceLevel.None, level);
            }

            string? verification = evidence
                .Where(e => EnumText.Parse<EvidenceLevel>((string)e!["level"]!) == level && EvidenceRules.IsStudyEvidence(level))
                .Select(e => (string)e!["verification"]!)
                .OrderBy(v => EnumText.Parse<EvidenceVerification>(v))
                .FirstOrDefault();
            Assert.Equal(verification, (string?)claim["evidenceVerification"]);

            foreach (JsonNode? mention in claim["mentions"]!.AsArray())
            {
                string text = (string)mention!["article"]!["text"]!;
                Assert.Equal((string)mention["quote"]!, text[(int)mention["start"]!..(int)mention["end"]!]);
            }

            Assert.All(claim["evidence"]!.AsArray(), e => Assert.Equal((string)claim["slug"]!, (string)e!["claim"]!["slug"]!));
        }

        Assert.Contains(claims, c => c!["evidence"]!.AsArray().Count > 0);
        Assert.Contains(claims, c => c!["topics"]!.AsArray().Count > 0);
        Assert.All(claims, c => Assert.NotEmpty(c!["articles"]!["nodes"]!.AsArray()));
    }

    [SkippableFact]
    public async Task Topics_come_roots_first_with_parents_children_and_what_they_gather()
    {
        JsonObject data = await Server.DataAsync("""
            {
              topics { id slug label parent { slug } children { slug } claims { nodes { slug } } studies { nodes { slug } } articles { totalCount nodes { slug } } }
              topic(slug: "fracture-healing") { parent { slug } }
            }
            """);
        JsonArray topics = data["topics"]!.AsArray();
        Assert.Equal(Db.Scalar(Server.DatabasePath, "SELECT count(*) FROM topics"), topics.Count);
        int firstChild = topics.ToList().FindIndex(t => t!["parent"] is not null);
        Assert.True(firstChild < 0 || topics.Skip(firstChild).All(t => t!["parent"] is not null));
        JsonNode bone = topics.First(t => (string)t!["slug"]! == "bone-osteoporosis")!;
        Assert.Contains(bone["children"]!.AsArray(), c => (string)c!["slug"]! == "fracture-healing");
        Assert.NotEmpty(bone["claims"]!["nodes"]!.AsArray());
        Assert.Contains(bone["articles"]!["nodes"]!.AsArray(), a => (string)a!["slug"]! == "nmn-bone-formation");
        Assert.Equal("bone-osteoporosis", (string)data["topic"]!["parent"]!["slug"]!);
    }

    [SkippableFact]
    public async Task Search_returns_articles_studies_and_claims_with_highlights_best_first()
    {
        JsonObject data = await Server.DataAsync("""
            {
              search(text: "osteoporotic", first: 50) {
                nodes {
                  snippet score
                  node { __typename ... on Article { slug } ... on Study { slug } ... on Claim { slug statement } }
                }
              }
            }
            """);
        JsonArray hits = data["search"]!["nodes"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("[", (string)h!["snippet"]!, StringComparison.Ordinal));
        double[] scores = [.. hits.Select(h => (double)h!["score"]!)];
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Contains(hits, h => (string)h!["node"]!["__typename"]! == "Study");
        Assert.Contains(hits, h => (string)h!["node"]!["__typename"]! == "Claim");
    }

    [SkippableFact]
    public async Task Search_limits_and_empty_text()
    {
        JsonObject data = await Server.DataAsync("""{ a: search(text: "bone", first: 2) { nodes { score } totalCount } b: search(text: "   ") { nodes { score } totalCount } }""");
        Assert.Equal(2, data["a"]!["nodes"]!.AsArray().Count);
        Assert.True((int)data["a"]!["totalCount"]! > 2);
        Assert.Empty(data["b"]!["nodes"]!.AsArray());
        Assert.Equal(0, (int)data["b"]!["totalCount"]!);
        JsonObject error = await Server.ErrorAsync("""{ search(text: "bone", first: 1000) { totalCount } }""");
        Assert.Equal("PAGE_SIZE_EXCEEDED", (string)error["extensions"]!["code"]!);
        JsonObject badCursor = await Server.ErrorAsync("""{ search(text: "bone", after: "nonsense") { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", (string)badCursor["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Search_pages_with_cursors_through_every_hit_once()
    {
        const string Page = """
            query ($after: Cursor) {
              search(text: "nmn", first: 7, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node { snippet node { __typename ... on Article { id } ... on Study { id } ... on Claim { id } } } }
              }
            }
            """;
        var seen = new List<string>();
        string? after = null;
        int? total = null;
        for (int page = 0; page < 50; page++)
        {
            JsonObject search = (await Server.DataAsync(Page, new { after }))["search"]!.AsObject();
            total ??= (int)search["totalCount"]!;
            Assert.Equal(total, (int)search["totalCount"]!);
            Assert.Equal(after is not null, (bool)search["pageInfo"]!["hasPreviousPage"]!);
            JsonArray edges = search["edges"]!.AsArray();
            seen.AddRange(edges.Select(e => (string)e!["node"]!["node"]!["id"]!));
            if (!(bool)search["pageInfo"]!["hasNextPage"]!)
            {
                break;
            }

            Assert.Equal(7, edges.Count);
            after = (string)search["pageInfo"]!["endCursor"]!;
            Assert.Equal((string)edges[^1]!["cursor"]!, after);
        }

        Assert.True(total > 14, $"expected several pages of hits for 'nmn', got {total}");
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("10.1093/gerona/glac175")]
    [InlineData("10.1093/GERONA/GLAC175")]
    [InlineData("doi:10.1093/gerona/glac175")]
    [InlineData("DOI: 10.1093/gerona/glac175")]
    [InlineData("https://doi.org/10.1093/gerona/glac175")]
    [InlineData("http://dx.doi.org/10.1093/Gerona/glac175.")]
    [InlineData("36037105")]
    [InlineData("PMID: 36037105")]
    [InlineData("pmid:36037105")]
    public async Task A_study_named_by_its_identifier_comes_first(string text)
    {
        JsonObject search = (await Server.DataAsync(
            "query ($text: String!) { search(text: $text) { totalCount nodes { snippet score node { __typename ... on Study { slug } } } } }",
            new { text }))["search"]!.AsObject();
        JsonObject first = search["nodes"]![0]!.AsObject();
        Assert.Equal(("Study", "lu-2023-gerona"), ((string)first["node"]!["__typename"]!, (string)first["node"]!["slug"]!));
        Assert.Contains("]", (string)first["snippet"]!, StringComparison.Ordinal);
        Assert.Single(search["nodes"]!.AsArray(), h => (string?)h!["node"]!["slug"] == "lu-2023-gerona");
    }
}
