using System.Text.Json.Nodes;
using NmnGraph.Server.Api;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Tests.Api;

/// <summary>Error messages name what the client sent, in readable English.</summary>
public sealed class ErrorWordingTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    [Fact]
    public async Task A_missing_id_is_named_as_it_was_sent()
    {
        string missing = GlobalId.Encode(EntityKind.Claim, 987654);
        JsonObject error = await fixture.Server.ErrorAsync(
            "mutation ($id: ID!) { updateClaim(input: { id: $id, statement: \"changed\" }) { claim { id } } }",
            new { id = missing },
            bearer: ApiServer.Key);
        Assert.Equal("NOT_FOUND", (string?)error["extensions"]!["code"]);
        Assert.Equal($"No claim has id '{missing}'.", (string?)error["message"]);
    }

    [Fact]
    public async Task A_wrong_kind_of_id_reads_an_article()
    {
        string article = GlobalId.Encode(EntityKind.Article, 1);
        JsonObject error = await fixture.Server.ErrorAsync(
            "mutation ($id: ID!) { updateClaim(input: { id: $id, statement: \"changed\" }) { claim { id } } }",
            new { id = article },
            bearer: ApiServer.Key);
        Assert.Equal($"input.id must be the id of a Claim, but '{article}' is the id of an Article.", (string?)error["message"]);
    }
}
