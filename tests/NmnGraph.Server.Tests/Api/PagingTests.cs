using System.Text.Json.Nodes;

namespace NmnGraph.Server.Tests.Api;

/// <summary>Cursor connections: forwards, backwards, page info, total counts, limits, filters and ordering.</summary>
public abstract class PagingTests(SeededServerFixture fixture)
{
    private const string ClaimPage = """
        query ($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
          claims(first: $first, after: $after, last: $last, before: $before, orderBy: [{ statement: ASC }]) {
            totalCount
            edges { cursor node { slug } }
            nodes { slug }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private ApiServer Server => fixture.Server;

    [SkippableFact]
    public async Task Paging_forwards_visits_every_claim_once_in_order()
    {
        List<string> all = await AllSlugsAsync();
        var seen = new List<string>();
        string? after = null;
        bool hasNext = true;
        int pages = 0;
        while (hasNext)
        {
            JsonNode page = (await Server.DataAsync(ClaimPage, new { first = 10, after }))["claims"]!;
            Assert.Equal(all.Count, (int)page["totalCount"]!);
            Assert.Equal(pages > 0, (bool)page["pageInfo"]!["hasPreviousPage"]!);
            var slugs = page["nodes"]!.AsArray().Select(n => (string)n!["slug"]!).ToList();
            Assert.Equal(slugs, page["edges"]!.AsArray().Select(e => (string)e!["node"]!["slug"]!));
            Assert.Equal((string?)page["edges"]![0]!["cursor"], (string?)page["pageInfo"]!["startCursor"]);
            Assert.Equal((string?)page["edges"]!.AsArray()[^1]!["cursor"], (string?)page["pageInfo"]!["endCursor"]);
            seen.AddRange(slugs);
            hasNext = (bool)page["pageInfo"]!["hasNextPage"]!;
            after = (string?)page["pageInfo"]!["endCursor"];
            pages++;
        }

        Assert.Equal(all, seen);
        Assert.Equal((all.Count + 9) / 10, pages);
    }

    [SkippableFact]
    public async Task Paging_backwards_visits_every_claim_once_in_order()
    {
        List<string> all = await AllSlugsAsync();
        var seen = new List<string>();
        string? before = null;
        bool hasPrevious = true;
        while (hasPrevious)
        {
            JsonNode page = (await Server.DataAsync(ClaimPage, new { last = 7, before }))["claims"]!;
            seen.InsertRange(0, page["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
            hasPrevious = (bool)page["pageInfo"]!["hasPreviousPage"]!;
            Assert.Equal(before is not null, (bool)page["pageInfo"]!["hasNextPage"]!);
            before = (string?)page["pageInfo"]!["startCursor"];
        }

        Assert.Equal(all, seen);
    }

    [SkippableFact]
    public async Task A_cursor_from_one_page_continues_in_the_other_direction()
    {
        List<string> all = await AllSlugsAsync();
        JsonNode middle = (await Server.DataAsync(ClaimPage, new { first = 5, after = (string?)null }))["claims"]!;
        string third = (string)middle["edges"]![2]!["cursor"]!;
        JsonNode before = (await Server.DataAsync(ClaimPage, new { last = 2, before = third }))["claims"]!;
        Assert.Equal(all[..2], before["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
        Assert.False((bool)before["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)before["pageInfo"]!["hasNextPage"]!);
        JsonNode after = (await Server.DataAsync(ClaimPage, new { first = 2, after = third }))["claims"]!;
        Assert.Equal(all[3..5], after["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
    }

    [SkippableFact]
    public async Task Default_page_size_is_20_and_more_than_100_is_refused()
    {
        JsonNode page = (await Server.DataAsync("{ claims { totalCount nodes { slug } pageInfo { hasNextPage } } }"))["claims"]!;
        Assert.True((int)page["totalCount"]! > 20);
        Assert.Equal(20, page["nodes"]!.AsArray().Count);
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);

        JsonObject error = await Server.ErrorAsync("{ claims(first: 101) { totalCount } }");
        Assert.Equal("PAGE_SIZE_EXCEEDED", (string)error["extensions"]!["code"]!);
        Assert.Equal(100, (int)error["extensions"]!["maxPageSize"]!);
        Assert.Contains("at most 100", (string)error["message"]!, StringComparison.Ordinal);
        error = await Server.ErrorAsync("{ articles(last: 500) { totalCount } }");
        Assert.Equal("PAGE_SIZE_EXCEEDED", (string)error["extensions"]!["code"]!);
        error = await Server.ErrorAsync("{ studies(first: -1) { totalCount } }");
        Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
    }

    [SkippableFact]
    public async Task A_malformed_cursor_is_bad_input()
    {
        JsonObject error = await Server.ErrorAsync("""{ claims(after: "not-a-cursor") { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
        Assert.Equal(["claims"], error["path"]!.AsArray().Select(p => (string)p!));
    }

    [SkippableFact]
    public async Task Claim_filters_translate_to_sql()
    {
        JsonObject data = await Server.DataAsync("""
            {
              all: claims(first: 100) { totalCount nodes { slug kind evidenceLevel aboutNmn statement } }
              headlines: claims(where: { kind: HEADLINE }) { totalCount nodes { kind } }
              animal: claims(first: 100, where: { evidenceLevel: ANIMAL_MODEL }) { totalCount nodes { evidenceLevel } }
              background: claims(first: 100, where: { aboutNmn: false }) { totalCount }
              bone: claims(first: 100, where: { statement: { contains: "BONE" } }) { totalCount nodes { statement } }
              either: claims(first: 100, where: { or: [{ kind: HEADLINE }, { evidenceLevel: ANIMAL_MODEL }] }) { totalCount }
              both: claims(first: 100, where: { and: [{ kind: HEADLINE }, { evidenceLevel: ANIMAL_MODEL }] }) { totalCount }
              topic: claims(first: 100, where: { topic: "bone-osteoporosis" }) { totalCount nodes { topics { slug } } }
            }
            """);
        JsonArray all = data["all"]!["nodes"]!.AsArray();
        int Count(Func<JsonNode, bool> predicate) => all.Count(n => predicate(n!));
        Assert.Equal(Count(n => (string)n["kind"]! == "HEADLINE"), (int)data["headlines"]!["totalCount"]!);
        Assert.Equal(Count(n => (string)n["evidenceLevel"]! == "ANIMAL_MODEL"), (int)data["animal"]!["totalCount"]!);
        Assert.True((int)data["animal"]!["totalCount"]! > 0);
        Assert.Equal(Count(n => !(bool)n["aboutNmn"]!), (int)data["background"]!["totalCount"]!);
        Assert.Equal(Count(n => ((string)n["statement"]!).Contains("bone", StringComparison.OrdinalIgnoreCase)), (int)data["bone"]!["totalCount"]!);
        Assert.Equal(Count(n => (string)n["kind"]! == "HEADLINE" || (string)n["evidenceLevel"]! == "ANIMAL_MODEL"), (int)data["either"]!["totalCount"]!);
        Assert.Equal(Count(n => (string)n["kind"]! == "HEADLINE" && (string)n["evidenceLevel"]! == "ANIMAL_MODEL"), (int)data["both"]!["totalCount"]!);
        Assert.All(data["topic"]!["nodes"]!.AsArray(), n => Assert.Contains(n!["topics"]!.AsArray(), t => (string)t!["slug"]! == "bone-osteoporosis"));
    }

    [SkippableFact]
    public async Task Claims_filter_by_the_verification_of_their_level_and_page_by_keyset()
    {
        JsonArray all = (await Server.DataAsync("{ claims(first: 100, orderBy: [{ statement: ASC }]) { nodes { slug evidenceVerification } } }"))["claims"]!["nodes"]!.AsArray();
        foreach (string verification in (string[])["VERIFIED_AGAINST_ABSTRACT", "SECONDARY_SUMMARY", "ARTICLE_ONLY"])
        {
            List<string> expected = [.. all.Where(n => (string?)n!["evidenceVerification"] == verification).Select(n => (string)n!["slug"]!)];

            // Two at a time, so the filter holds across keyset pages.
            var seen = new List<string>();
            string? after = null;
            int total = -1;
            do
            {
                JsonNode page = (await Server.DataAsync(
                    "query ($v: EvidenceVerification, $after: Cursor) { claims(first: 2, after: $after, orderBy: [{ statement: ASC }], where: { evidenceVerification: $v }) { totalCount nodes { slug } pageInfo { hasNextPage endCursor } } }",
                    new { v = verification, after }))["claims"]!;
                total = (int)page["totalCount"]!;
                seen.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
                after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
            }
            while (after is not null);

            Assert.Equal(expected, seen);
            Assert.Equal(expected.Count, total);
        }

        Assert.Contains(all, n => (string?)n!["evidenceVerification"] == "VERIFIED_AGAINST_ABSTRACT");
    }

    [SkippableFact]
    public async Task Studies_filter_by_an_evidence_level_they_give()
    {
        JsonArray all = (await Server.DataAsync("{ studies(first: 100) { nodes { slug evidenceLevels } } }"))["studies"]!["nodes"]!.AsArray();
        int matched = 0;
        foreach (string level in (string[])["HUMAN_TRIAL", "HUMAN_OBSERVATIONAL", "ANIMAL_MODEL", "IN_VITRO"])
        {
            List<string> expected = [.. all.Where(n => n!["evidenceLevels"]!.AsArray().Any(l => (string)l! == level)).Select(n => (string)n!["slug"]!)];
            JsonNode found = (await Server.DataAsync(
                "query ($l: EvidenceLevel) { studies(first: 100, where: { evidenceLevel: $l }) { totalCount nodes { slug } } }", new { l = level }))["studies"]!;
            Assert.Equal(expected, found["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
            Assert.Equal(expected.Count, (int)found["totalCount"]!);
            matched += expected.Count;
        }

        Assert.True(matched > 0);
    }

    [SkippableFact]
    public async Task Claims_by_article_and_study_use_global_ids()
    {
        JsonObject ids = await Server.DataAsync("""{ article(slug: "nmn-bone-formation") { id claims(first: 100) { nodes { slug } } } study(slug: "lu-2023-gerona") { id claims(first: 100) { nodes { slug } } } }""");
        JsonObject data = await Server.DataAsync(
            "query ($a: ID!, $s: ID!) { byArticle: claims(first: 100, where: { article: $a }) { nodes { slug } } byStudy: claims(first: 100, where: { study: $s }) { nodes { slug } } }",
            new { a = (string)ids["article"]!["id"]!, s = (string)ids["study"]!["id"]! });
        Assert.Equal(
            ids["article"]!["claims"]!["nodes"]!.AsArray().Select(c => (string)c!["slug"]!).Order(),
            data["byArticle"]!["nodes"]!.AsArray().Select(c => (string)c!["slug"]!).Order());
        Assert.Equal(
            ids["study"]!["claims"]!["nodes"]!.AsArray().Select(c => (string)c!["slug"]!).Order(),
            data["byStudy"]!["nodes"]!.AsArray().Select(c => (string)c!["slug"]!).Order());

        JsonObject error = await Server.ErrorAsync(
            "query ($s: ID!) { claims(where: { article: $s }) { totalCount } }", new { s = (string)ids["study"]!["id"]! });
        Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
    }

    [SkippableFact]
    public async Task Article_and_study_filters_and_ordering()
    {
        JsonObject study = await Server.DataAsync("""{ study(slug: "lu-2023-gerona") { id } }""");
        JsonObject data = await Server.DataAsync("""
            query ($s: ID!) {
              newest: articles { nodes { slug publishedOn } }
              oldest: articles(orderBy: [{ publishedOn: ASC }]) { nodes { slug publishedOn } }
              byTitle: articles(orderBy: [{ title: DESC }]) { nodes { title } }
              november: articles(where: { publishedOn: { from: "2023-11-01", to: "2023-11-30" } }) { nodes { slug } }
              titled: articles(where: { title: { startsWith: "nmn can" } }) { nodes { slug } }
              citing: articles(where: { citesStudy: $s }) { nodes { slug } }
              topical: articles(where: { topic: "skin-atopic-dermatitis" }) { nodes { slug } }
              text: articles(where: { text: { contains: "osteoblast" } }) { totalCount }
              verified: studies(where: { verification: VERIFIED }) { nodes { slug } }
              withDoi: studies(where: { hasDoi: true, year: 2023 }) { nodes { slug } }
              withoutDoi: studies(where: { hasDoi: false }) { nodes { slug } }
              journal: studies(where: { journal: { contains: "immunopharmacology" } }) { nodes { slug } }
              studiesByTitle: studies(orderBy: [{ title: ASC }]) { nodes { title } }
              studiesByYear: studies(orderBy: [{ year: DESC }]) { nodes { year } }
            }
            """, new { s = (string)study["study"]!["id"]! });
        static List<string> Slugs(JsonNode node) => [.. node["nodes"]!.AsArray().Select(n => (string)n!["slug"]!)];
        Assert.Equal(["nmn-bone-formation", "nmn-skin-atopic-dermatitis"], Slugs(data["newest"]!));
        Assert.Equal(["nmn-skin-atopic-dermatitis", "nmn-bone-formation"], Slugs(data["oldest"]!));
        List<string> titles = [.. data["byTitle"]!["nodes"]!.AsArray().Select(n => (string)n!["title"]!)];
        Assert.Equal(titles.OrderByDescending(t => t, StringComparer.OrdinalIgnoreCase), titles);
        Assert.Equal(["nmn-bone-formation"], Slugs(data["november"]!));
        Assert.Equal(["nmn-skin-atopic-dermatitis"], Slugs(data["titled"]!));
        Assert.Equal(["nmn-bone-formation"], Slugs(data["citing"]!));
        Assert.Equal(["nmn-skin-atopic-dermatitis"], Slugs(data["topical"]!));
        Assert.Equal(1, (int)data["text"]!["totalCount"]!);
        Assert.Equal(["lu-2023-gerona"], Slugs(data["verified"]!));
        Assert.Equal(["lu-2023-gerona"], Slugs(data["withDoi"]!));
        Assert.Equal(["wuhan-2023-intimmunopharmacol-nmn-atopic-dermatitis"], Slugs(data["withoutDoi"]!));
        Assert.Equal(["wuhan-2023-intimmunopharmacol-nmn-atopic-dermatitis"], Slugs(data["journal"]!));
        Assert.Equal(2, data["studiesByTitle"]!["nodes"]!.AsArray().Count);
        Assert.Equal(2, data["studiesByYear"]!["nodes"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("topic(slug: \"bone-osteoporosis\")", "claims")]
    [InlineData("article(slug: \"nmn-bone-formation\")", "claims")]
    [InlineData("study(slug: \"lu-2023-gerona\")", "claims")]
    public async Task Nested_connections_page_forwards_and_backwards_over_the_whole_list(string parent, string field)
    {
        string query = $$"""
            query ($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
              parent: {{parent}} {
                {{field}}(first: $first, after: $after, last: $last, before: $before) {
                  totalCount
                  nodes { slug }
                  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                }
              }
            }
            """;
        JsonNode whole = (await Server.DataAsync(query, new { first = 100 }))["parent"]![field]!;
        List<string> all = [.. whole["nodes"]!.AsArray().Select(n => (string)n!["slug"]!)];
        Assert.True(all.Count > 4, $"{all.Count} items");
        Assert.Equal(all.Count, (int)whole["totalCount"]!);

        var forwards = new List<string>();
        string? after = null;
        while (true)
        {
            JsonNode page = (await Server.DataAsync(query, new { first = 3, after }))["parent"]![field]!;
            forwards.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
            Assert.Equal(after is not null, (bool)page["pageInfo"]!["hasPreviousPage"]!);
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                break;
            }

            after = (string)page["pageInfo"]!["endCursor"]!;
        }

        var backwards = new List<string>();
        string? before = null;
        while (true)
        {
            JsonNode page = (await Server.DataAsync(query, new { last = 4, before }))["parent"]![field]!;
            backwards.InsertRange(0, page["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
            Assert.Equal(before is not null, (bool)page["pageInfo"]!["hasNextPage"]!);
            if (!(bool)page["pageInfo"]!["hasPreviousPage"]!)
            {
                break;
            }

            before = (string)page["pageInfo"]!["startCursor"]!;
        }

        Assert.Equal(all, forwards);
        Assert.Equal(all, backwards);
    }

    [Fact]
    public async Task Nested_connections_have_the_same_page_limit_and_refuse_cursors_of_another_order()
    {
        JsonObject error = await Server.ErrorAsync("""{ topic(slug: "bone-osteoporosis") { claims(first: 101) { totalCount } } }""");
        Assert.Equal("PAGE_SIZE_EXCEEDED", (string)error["extensions"]!["code"]!);

        JsonObject data = await Server.DataAsync("{ articles(first: 1) { pageInfo { endCursor } } }");
        string articleCursor = (string)data["articles"]!["pageInfo"]!["endCursor"]!;
        error = await Server.ErrorAsync("query ($c: Cursor) { claims(after: $c) { totalCount } }", new { c = articleCursor });
        Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
        Assert.Equal("BAD_CURSOR", (string)error["extensions"]!["reason"]!);
        error = await Server.ErrorAsync("""query ($c: Cursor) { topic(slug: "bone-osteoporosis") { studies(before: $c) { totalCount } } }""", new { c = articleCursor });
        Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
    }

    private async Task<List<string>> AllSlugsAsync()
    {
        JsonNode page = (await Server.DataAsync(ClaimPage, new { first = 100 }))["claims"]!;
        List<string> slugs = [.. page["nodes"]!.AsArray().Select(n => (string)n!["slug"]!)];
        Assert.True(slugs.Count > 20);
        return slugs;
    }
}
