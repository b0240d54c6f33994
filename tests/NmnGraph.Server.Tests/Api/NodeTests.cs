using System.Text.Json.Nodes;
using NmnGraph.Server.Api;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Tests.Api;

/// <summary>Relay object identification: refetching every Node type, nodes(ids), and id errors.</summary>
public abstract class NodeTests(SeededServerFixture fixture)
{
    private ApiServer Server => fixture.Server;

    [SkippableTheory]
    [InlineData("""{ x: article(slug: "nmn-bone-formation") { id slug } }""", "Article")]
    [InlineData("""{ x: study(slug: "lu-2023-gerona") { id slug } }""", "Study")]
    [InlineData("""{ x: claim(slug: "bone-headline-nmn-promotes-bone-formation") { id slug } }""", "Claim")]
    [InlineData("""{ x: topic(slug: "inflammation") { id slug } }""", "Topic")]
    public async Task Every_node_type_refetches_by_id(string lookup, string typeName)
    {
        JsonNode found = (await Server.DataAsync(lookup))["x"]!;
        string id = (string)found["id"]!;
        JsonObject data = await Server.DataAsync(
            "query ($id: ID!) { node(id: $id) { __typename id ... on Article { slug } ... on Study { slug } ... on Claim { slug } ... on Topic { slug } } }",
            new { id });
        Assert.Equal(typeName, (string)data["node"]!["__typename"]!);
        Assert.Equal(id, (string)data["node"]!["id"]!);
        Assert.Equal((string)found["slug"]!, (string)data["node"]!["slug"]!);
    }

    [SkippableFact]
    public void Global_ids_are_base64url_of_type_and_id()
    {
        Assert.Equal("QXJ0aWNsZTo0Mg", GlobalId.Encode(EntityKind.Article, 42));
        Assert.True(GlobalId.TryDecode("QXJ0aWNsZTo0Mg", out EntityKind kind, out long id));
        Assert.Equal((EntityKind.Article, 42L), (kind, id));
        Assert.False(GlobalId.TryDecode("QXJ0aWNsZTo", out _, out _));
        Assert.False(GlobalId.TryDecode("!!", out _, out _));
        Assert.False(GlobalId.TryDecode(GlobalIdOf("Nothing:1"), out _, out _));
        Assert.False(GlobalId.TryDecode(GlobalIdOf("Article:-1"), out _, out _));
        Assert.False(GlobalId.TryDecode(GlobalIdOf("article:1"), out _, out _));
    }

    [SkippableFact]
    public async Task Nodes_keep_the_order_asked_and_give_null_for_missing_ids()
    {
        JsonObject ids = await Server.DataAsync("""{ study(slug: "lu-2023-gerona") { id } article(slug: "nmn-bone-formation") { id } }""");
        string missing = GlobalId.Encode(EntityKind.Claim, 999_999);
        JsonObject data = await Server.DataAsync(
            "query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
            new { ids = new[] { (string)ids["study"]!["id"]!, missing, (string)ids["article"]!["id"]! } });
        JsonArray nodes = data["nodes"]!.AsArray();
        Assert.Equal(3, nodes.Count);
        Assert.Equal("Study", (string)nodes[0]!["__typename"]!);
        Assert.Null(nodes[1]);
        Assert.Equal("Article", (string)nodes[2]!["__typename"]!);
    }

    [SkippableFact]
    public async Task Nodes_refuses_more_than_100_ids()
    {
        string[] ids = [.. Enumerable.Range(1, 101).Select(i => GlobalId.Encode(EntityKind.Claim, i))];
        JsonObject error = await Server.ErrorAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal("TOO_MANY_IDS", (string)error["extensions"]!["code"]!);
        Assert.Contains("at most 100", (string)error["message"]!, StringComparison.Ordinal);

        JsonObject data = await Server.DataAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = ids[..100] });
        Assert.Equal(100, data["nodes"]!.AsArray().Count);
    }

    [SkippableFact]
    public async Task A_malformed_id_is_bad_input()
    {
        JsonObject error = await Server.ErrorAsync("""{ node(id: "garbage") { id } }""");
        Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
    }

    private static string GlobalIdOf(string text) => System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(text));
}
