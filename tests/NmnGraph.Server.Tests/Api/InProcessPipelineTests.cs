using System.Text;
using System.Text.Json.Nodes;
using NmnGraph.GraphQL.Execution;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Server.Tests.Api;

/// <summary>The in-process pipeline (<c>nmngraph query</c>, the embedded browser) answers exactly as <c>/graphql</c> does.</summary>
public sealed class InProcessPipelineTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    public static TheoryData<string, string?> Requests => new()
    {
        // Deeper than the one depth limit.
        { "{ topics { " + string.Concat(Enumerable.Repeat("children { ", ServerLimits.MaxExecutionDepth + 1)) + "slug" + new string('}', ServerLimits.MaxExecutionDepth + 2) + " }", null },
        // A lone surrogate escape in the variables.
        { "query($t: String!) { search(text: $t) { score } }", "{\"t\":\"\\ud800\"}" },
        // Variables that are not an object.
        { "{ stats { articles } }", "[1]" },
        // A syntax error.
        { "{ stats { ", null },
        // A search past the word limit.
        { "query($t: String!) { search(text: $t) { score } }", "{\"t\":\"" + string.Join(' ', Enumerable.Repeat("nmn", 40)) + "\"}" },
        // A mutation without the key.
        { "mutation { addClaim(input: { statement: \"x\", kind: BACKGROUND }) { claim { id } } }", null },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task In_process_and_http_give_the_same_errors(string query, string? variables)
    {
        await using InProcessServer local = await InProcessServer.OpenAsync(
            new NmnServerOptions { DatabasePath = fixture.Server.DatabasePath, ApiKey = ApiServer.Key }, CancellationToken.None);
        JsonNode inProcess = JsonNode.Parse((await local.ExecuteJsonAsync(query, variables, null, CancellationToken.None)).Span)!;

        string body = "{\"query\":" + JsonValue.Create(query).ToJsonString() + (variables is null ? string.Empty : ",\"variables\":" + variables) + "}";
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using HttpResponseMessage response = await fixture.Server.Http.SendAsync(request);
        JsonNode overHttp = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.NotNull(inProcess["errors"]);
        string code = (string)overHttp["errors"]![0]!["extensions"]!["code"]!;
        Assert.Equal(code, (string?)inProcess["errors"]![0]!["extensions"]!["code"]);
        if (code != "JSON_PARSE_ERROR")
        {
            // Bad JSON is named by where it was found (the body, or the variables text), so only its code is shared.
            Assert.Equal(overHttp["errors"]!.ToJsonString(), inProcess["errors"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task The_operator_running_query_holds_the_key()
    {
        using var directory = new TempDirectory();
        await using InProcessServer local = await InProcessServer.OpenAsync(
            new NmnServerOptions { DatabasePath = directory.File("local.db"), ApiKey = "k" }, CancellationToken.None);
        ExecutionResult result = await local.ExecuteAsync(
            "mutation { addClaim(input: { statement: \"by the operator\", kind: BACKGROUND }) { claim { statement } } }", null, null, authenticated: true, CancellationToken.None);
        Assert.Empty(result.Errors);
    }
}
