using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NmnGraph.GraphQL.AspNetCore;
using NmnGraph.Server.Api;

namespace NmnGraph.Server.Tests.Api;

/// <summary>Filter size and input nesting limits: refused as client errors, the same whether written in the document or sent as variables.</summary>
public sealed class InputShapeTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private ApiServer Server => fixture.Server;

    [Fact]
    public async Task A_filter_of_999_or_branches_is_bad_user_input_before_any_sql()
    {
        string branches = string.Join(", ", Enumerable.Range(0, 999).Select(i => $"{{ title: {{ contains: \"w{i}\" }} }}"));
        long before = Server.Handle.Database.StatementCount;
        JsonObject error = await Server.ErrorAsync($"{{ articles(where: {{ or: [{branches}] }}) {{ totalCount }} }}");
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]!["code"]);
        Assert.Equal(FilterSize.MaxConditions, (int)error["extensions"]!["maxConditions"]!);
        Assert.Contains($"at most {FilterSize.MaxConditions}", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(before, Server.Handle.Database.StatementCount);
    }

    [Fact]
    public async Task The_filter_limit_is_the_same_in_variables_and_the_limit_itself_runs()
    {
        JsonArray Branches(int count) => [.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject { ["title"] = new JsonObject { ["contains"] = $"w{i}" } })];
        const string Query = "query($w: ArticleFilter) { articles(where: $w) { totalCount } }";
        JsonObject refused = await Server.ErrorAsync(Query, new JsonObject { ["w"] = new JsonObject { ["or"] = Branches(FilterSize.MaxConditions + 1) } });
        Assert.Equal("BAD_USER_INPUT", (string?)refused["extensions"]!["code"]);

        JsonObject data = await Server.DataAsync(Query, new JsonObject { ["w"] = new JsonObject { ["or"] = Branches(FilterSize.MaxConditions) } });
        Assert.Equal(0, (int)data["articles"]!["totalCount"]!);
    }

    [Theory]
    [InlineData(31, true)]  // 2 + 2 × 31 = 64 levels: at the limit
    [InlineData(32, false)] // 66 levels
    public async Task Input_nesting_has_one_limit_for_documents_and_variables(int wraps, bool accepted)
    {
        string literal = "{ title: { contains: \"NMN\" } }";
        JsonNode json = new JsonObject { ["title"] = new JsonObject { ["contains"] = "NMN" } };
        for (int i = 0; i < wraps; i++)
        {
            literal = $"{{ and: [{literal}] }}";
            json = new JsonObject { ["and"] = new JsonArray(json) };
        }

        (HttpStatusCode documentStatus, JsonNode documentBody) = await PostAsync($"{{ articles(where: {literal}) {{ totalCount }} }}", null);
        (HttpStatusCode variablesStatus, JsonNode variablesBody) = await PostAsync(
            "query($w: ArticleFilter) { articles(where: $w) { totalCount } }", new JsonObject { ["w"] = json });

        if (accepted)
        {
            Assert.True(documentBody["errors"] is null, documentBody.ToJsonString());
            Assert.True(variablesBody["errors"] is null, variablesBody.ToJsonString());
            Assert.Equal((int)documentBody["data"]!["articles"]!["totalCount"]!, (int)variablesBody["data"]!["articles"]!["totalCount"]!);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, documentStatus);
        Assert.Equal(HttpStatusCode.BadRequest, variablesStatus);
        JsonNode documentError = documentBody["errors"]![0]!;
        JsonNode variablesError = variablesBody["errors"]![0]!;
        Assert.Equal(GraphQLErrorCodes.MaxInputDepthExceeded, (string?)documentError["extensions"]!["code"]);
        Assert.Equal(GraphQLErrorCodes.MaxInputDepthExceeded, (string?)variablesError["extensions"]!["code"]);
        Assert.Equal((string?)documentError["message"], (string?)variablesError["message"]);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string query, JsonObject? variables)
    {
        var payload = new JsonObject { ["query"] = query, ["variables"] = variables };
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using HttpResponseMessage response = await Server.Http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
