using System.Text.Json.Nodes;
using NmnGraph.Server.Api;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Tests.Api;

/// <summary>Curation mutations: refused without the API key (changing nothing), applied with it.</summary>
public class MutationTests : IAsyncLifetime
{
    /// <summary>The engine these tests run on; the Postgres subclass runs them on PostgreSQL.</summary>
    protected virtual TestBackend Backend => TestBackend.Sqlite;

    private const string NewArticle = """
        NMN and muscles, a test report

        Author: Tester Release time: 2024-02-03 Column: News

        Mice given NMN ran further in this made-up report.

        Reference: Lu et al. 2023, J Gerontol A, doi:10.1093/gerona/glac175
        """;

    private const string Import = "mutation ($text: String!) { importArticle(input: { text: $text, sourceUrl: \"https://example.org/m\" }) { created article { id slug sourceUrl studies { slug } } } }";

    private ApiServer _server = null!;

    public async Task InitializeAsync() => _server = await ApiServer.StartAsync(backend: Backend);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [SkippableTheory]
    [InlineData(null, "UNAUTHENTICATED")]
    public async Task Every_mutation_without_a_valid_key_is_refused_and_changes_nothing(string? bearer, string code)
    {
        string before = Snapshot();
        (string claimId, string studyId, string articleId) = await IdsAsync();
        string[] mutations =
        [
            Import,
            "mutation { addClaim(input: { statement: \"x\", kind: BACKGROUND }) { claim { id } } }",
            $"mutation {{ updateClaim(input: {{ id: \"{claimId}\", statement: \"changed\" }}) {{ claim {{ id }} }} }}",
            $"mutation {{ addMention(input: {{ claim: \"{claimId}\", mention: {{ article: \"{articleId}\", start: 0, end: 3 }} }}) {{ claim {{ id }} }} }}",
            $"mutation {{ linkEvidence(input: {{ claim: \"{claimId}\", study: \"{studyId}\", stance: SUPPORTS, level: HUMAN_TRIAL }}) {{ claim {{ id }} }} }}",
            $"mutation {{ unlinkEvidence(claimId: \"{claimId}\", studyId: \"{studyId}\") {{ claim {{ id }} }} }}",
            $"mutation {{ deleteNode(id: \"{articleId}\") {{ deletedId }} }}",
        ];
        foreach (string mutation in mutations)
        {
            JsonObject response = await _server.PostAsync(mutation, new { text = NewArticle }, bearer);
            JsonObject error = response["errors"]![0]!.AsObject();
            Assert.Equal(code, (string)error["extensions"]!["code"]!);
            Assert.Null(response["data"]);
        }

        Assert.Equal(before, Snapshot());
    }

    [SkippableFact]
    public async Task Without_a_configured_key_mutations_are_forbidden()
    {
        await using ApiServer server = await ApiServer.StartAsync(apiKey: null, backend: Backend);
        JsonObject response = await server.PostAsync(Import, new { text = NewArticle });
        Assert.Equal("FORBIDDEN", (string)response["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(0, Db.Scalar(server.DatabasePath, "SELECT count(*) FROM articles WHERE slug LIKE 'nmn-and-muscles%'"));
    }

    [SkippableFact]
    public async Task Import_is_idempotent_and_links_cited_studies()
    {
        JsonObject first = await _server.DataAsync(Import, new { text = NewArticle }, ApiServer.Key);
        Assert.True((bool)first["importArticle"]!["created"]!);
        Assert.Equal("https://example.org/m", (string)first["importArticle"]!["article"]!["sourceUrl"]!);
        Assert.Equal(["lu-2023-gerona"], first["importArticle"]!["article"]!["studies"]!.AsArray().Select(s => (string)s!["slug"]!));
        JsonObject again = await _server.DataAsync(Import, new { text = NewArticle }, ApiServer.Key);
        Assert.False((bool)again["importArticle"]!["created"]!);
        Assert.Equal((string)first["importArticle"]!["article"]!["id"]!, (string)again["importArticle"]!["article"]!["id"]!);

        JsonObject bad = await _server.ErrorAsync(Import, new { text = "   " }, ApiServer.Key);
        Assert.Equal("BAD_USER_INPUT", (string)bad["extensions"]!["code"]!);
    }

    [SkippableFact]
    public async Task An_imported_page_without_a_title_has_a_null_title_and_its_unknown_doi_an_unverified_identifier_only_study()
    {
        const string page = "Home > News\n\nA paragraph without any title above it, about NMN in ageing mice. It cites doi:10.5555/api.example.7 only.\n";
        JsonObject data = await _server.DataAsync(
            "mutation ($text: String!) { importArticle(input: { text: $text }) { created article { title slug blocks { kind } studies { title label doi authors verification { status } } } } }",
            new { text = page }, ApiServer.Key);
        JsonNode article = data["importArticle"]!["article"]!;
        Assert.Null(article["title"]);
        Assert.StartsWith("article-", (string)article["slug"]!, StringComparison.Ordinal);
        Assert.Equal(["BOILERPLATE", "PARAGRAPH"], article["blocks"]!.AsArray().Select(b => (string)b!["kind"]!));
        JsonNode study = Assert.Single(article["studies"]!.AsArray())!;
        Assert.Null(study["title"]);
        Assert.Equal(("doi:10.5555/api.example.7", "10.5555/api.example.7", "UNVERIFIED"),
            ((string)study["label"]!, (string)study["doi"]!, (string)study["verification"]!["status"]!));
        Assert.Empty(study["authors"]!.AsArray());
    }

    [SkippableFact]
    public async Task Claims_are_added_edited_mentioned_and_linked_to_evidence()
    {
        (_, string studyId, string articleId) = await IdsAsync();
        string text = (string)(await _server.DataAsync("""{ article(slug: "nmn-bone-formation") { text } }"""))["article"]!["text"]!;
        int start = text.IndexOf("NMN", StringComparison.Ordinal);
        JsonObject added = await _server.DataAsync("""
            mutation ($article: ID!, $start: Int!, $end: Int!, $quote: String) {
              addClaim(input: { statement: "NMN is mentioned", kind: BACKGROUND, topics: ["nad-metabolism"], caveats: ["a test"],
                                mentions: [{ article: $article, start: $start, end: $end, quote: $quote }] }) {
                claim { id slug statement kind aboutNmn evidenceLevel caveats topics { slug } mentions { quote start end } }
              }
            }
            """, new { article = articleId, start, end = start + 3, quote = "NMN" }, ApiServer.Key);
        JsonNode claim = added["addClaim"]!["claim"]!;
        string claimId = (string)claim["id"]!;
        Assert.Equal("NONE", (string)claim["evidenceLevel"]!);
        Assert.True((bool)claim["aboutNmn"]!);
        Assert.Equal(["nad-metabolism"], claim["topics"]!.AsArray().Select(t => (string)t!["slug"]!));
        Assert.Equal("NMN", (string)claim["mentions"]![0]!["quote"]!);

        JsonObject updated = await _server.DataAsync(
            "mutation ($id: ID!) { updateClaim(input: { id: $id, statement: \"NMN is named\", kind: MECHANISTIC }) { claim { statement kind caveats } } }",
            new { id = claimId }, ApiServer.Key);
        Assert.Equal("NMN is named", (string)updated["updateClaim"]!["claim"]!["statement"]!);
        Assert.Equal("MECHANISTIC", (string)updated["updateClaim"]!["claim"]!["kind"]!);
        Assert.Equal(["a test"], updated["updateClaim"]!["claim"]!["caveats"]!.AsArray().Select(c => (string)c!));

        const string AddMention = "mutation ($c: ID!, $a: ID!, $s: Int!, $e: Int!, $q: String) { addMention(input: { claim: $c, mention: { article: $a, start: $s, end: $e, quote: $q } }) { claim { mentions { quote } } } }";
        int second = text.IndexOf("NMN", start + 3, StringComparison.Ordinal);
        JsonObject mentioned = await _server.DataAsync(AddMention, new { c = claimId, a = articleId, s = second, e = second + 3, q = "NMN" }, ApiServer.Key);
        Assert.Equal(2, mentioned["addMention"]!["claim"]!["mentions"]!.AsArray().Count);

        string before = Snapshot();
        JsonObject mismatch = await _server.ErrorAsync(AddMention, new { c = claimId, a = articleId, s = second, e = second + 3, q = "XYZ" }, ApiServer.Key);
        Assert.Equal("BAD_USER_INPUT", (string)mismatch["extensions"]!["code"]!);
        JsonObject outside = await _server.ErrorAsync(AddMention, new { c = claimId, a = articleId, s = text.Length, e = text.Length + 5, q = (string?)null }, ApiServer.Key);
        Assert.Equal("BAD_USER_INPUT", (string)outside["extensions"]!["code"]!);
        JsonObject wrongType = await _server.ErrorAsync(AddMention, new { c = articleId, a = articleId, s = 0, e = 1, q = (string?)null }, ApiServer.Key);
        Assert.Equal("BAD_USER_INPUT", (string)wrongType["extensions"]!["code"]!);
        JsonObject missing = await _server.ErrorAsync(AddMention, new { c = GlobalId.Encode(EntityKind.Claim, 99_999), a = articleId, s = 0, e = 1, q = (string?)null }, ApiServer.Key);
        Assert.Equal("NOT_FOUND", (string)missing["extensions"]!["code"]!);
        Assert.Equal(before, Snapshot());

        const string Link = "mutation ($c: ID!, $s: ID!, $stance: Stance!, $level: EvidenceLevel!, $v: EvidenceVerification) { linkEvidence(input: { claim: $c, study: $s, stance: $stance, level: $level, note: \"test\", verification: $v }) { claim { evidenceLevel evidenceVerification evidence { stance level note verification } studies { slug } } } }";
        // Without a verification the link is the article's word only, which does not raise the claim's level.
        JsonObject articleOnly = await _server.DataAsync(Link, new { c = claimId, s = studyId, stance = "SUPPORTS", level = "ANIMAL_MODEL", v = (string?)null }, ApiServer.Key);
        Assert.Equal(("NONE", "ARTICLE_ONLY"), ((string)articleOnly["linkEvidence"]!["claim"]!["evidenceLevel"]!, (string)articleOnly["linkEvidence"]!["claim"]!["evidence"]![0]!["verification"]!));
        JsonObject linked = await _server.DataAsync(Link, new { c = claimId, s = studyId, stance = "SUPPORTS", level = "ANIMAL_MODEL", v = "VERIFIED_AGAINST_ABSTRACT" }, ApiServer.Key);
        Assert.Equal("ANIMAL_MODEL", (string)linked["linkEvidence"]!["claim"]!["evidenceLevel"]!);
        Assert.Equal("VERIFIED_AGAINST_ABSTRACT", (string)linked["linkEvidence"]!["claim"]!["evidenceVerification"]!);
        Assert.Equal(["lu-2023-gerona"], linked["linkEvidence"]!["claim"]!["studies"]!.AsArray().Select(s => (string)s!["slug"]!));

        // Omitting the verification when updating a link keeps it.
        JsonObject contradicting = await _server.DataAsync(Link, new { c = claimId, s = studyId, stance = "CONTRADICTS", level = "ANIMAL_MODEL", v = (string?)null }, ApiServer.Key);
        Assert.Equal("NONE", (string)contradicting["linkEvidence"]!["claim"]!["evidenceLevel"]!);
        Assert.Equal("VERIFIED_AGAINST_ABSTRACT", (string)contradicting["linkEvidence"]!["claim"]!["evidence"]![0]!["verification"]!);

        string beforeRefusals = Snapshot();
        foreach ((string level, string lacks) in new[] { ("HUMAN_TRIAL", "has no human trial"), ("HUMAN_OBSERVATIONAL", "has no human observational data") })
        {
            JsonObject refused = await _server.ErrorAsync(Link, new { c = claimId, s = studyId, stance = "SUPPORTS", level, v = "VERIFIED_AGAINST_ABSTRACT" }, ApiServer.Key);
            Assert.Equal(("BAD_USER_INPUT", "LEVEL_NOT_IN_DESIGN"), ((string)refused["extensions"]!["code"]!, (string)refused["extensions"]!["reason"]!));
            Assert.Contains($"Study 'lu-2023-gerona' cannot give {level} evidence: its design {lacks}", (string)refused["message"]!, StringComparison.Ordinal);
        }

        Assert.Equal(beforeRefusals, Snapshot());

        JsonObject unlinked = await _server.DataAsync(
            "mutation ($c: ID!, $s: ID!) { unlinkEvidence(claimId: $c, studyId: $s) { claim { evidenceLevel evidence { level } } } }",
            new { c = claimId, s = studyId }, ApiServer.Key);
        Assert.Empty(unlinked["unlinkEvidence"]!["claim"]!["evidence"]!.AsArray());

        JsonObject deleted = await _server.DataAsync("mutation ($id: ID!) { deleteNode(id: $id) { deletedId } }", new { id = claimId }, ApiServer.Key);
        Assert.Equal(claimId, (string)deleted["deleteNode"]!["deletedId"]!);
        JsonObject gone = await _server.DataAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = claimId });
        Assert.Null(gone["node"]);
        JsonObject again = await _server.ErrorAsync("mutation ($id: ID!) { deleteNode(id: $id) { deletedId } }", new { id = claimId }, ApiServer.Key);
        Assert.Equal("NOT_FOUND", (string)again["extensions"]!["code"]!);
    }

    [SkippableFact]
    public async Task Deleting_an_article_removes_what_hangs_off_it()
    {
        (_, _, string articleId) = await IdsAsync();
        await _server.DataAsync("mutation ($id: ID!) { deleteNode(id: $id) { deletedId } }", new { id = articleId }, ApiServer.Key);
        Assert.Equal(0, Db.Scalar(_server.DatabasePath, "SELECT count(*) FROM articles WHERE slug = 'nmn-bone-formation'"));
        Assert.Equal(0, Db.Scalar(_server.DatabasePath, "SELECT count(*) FROM mentions m LEFT JOIN articles a ON a.id = m.article_id WHERE a.id IS NULL"));
        Db.AssertConsistent(_server.DatabasePath);
    }

    private async Task<(string Claim, string Study, string Article)> IdsAsync()
    {
        JsonObject data = await _server.DataAsync("""
            { claim(slug: "bone-headline-nmn-promotes-bone-formation") { id } study(slug: "lu-2023-gerona") { id } article(slug: "nmn-bone-formation") { id } }
            """);
        return ((string)data["claim"]!["id"]!, (string)data["study"]!["id"]!, (string)data["article"]!["id"]!);
    }

    /// <summary>Every row of the content tables, to show that a refused mutation changed nothing.</summary>
    private string Snapshot() => Db.Snapshot(_server.DatabasePath);
}
