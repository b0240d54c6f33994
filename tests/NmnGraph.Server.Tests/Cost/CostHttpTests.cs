using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NmnGraph.Server.Hosting;
using NmnGraph.Server.Tests.Api;

namespace NmnGraph.Server.Tests.Cost;

/// <summary>The cost analysis over HTTP: refusals are 400 with the cost and the limit; <c>GraphQL-Cost</c> reports.</summary>
public sealed class CostHttpTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private ApiServer Server => fixture.Server;

    [Fact]
    public async Task The_nested_query_of_issue_11_is_refused_with_400_before_execution()
    {
        using HttpResponseMessage response = await Server.SendAsync(OperationCostTests.NestedQuery);
        JsonObject body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonNode error = body["errors"]![0]!;
        Assert.Equal("COST_LIMIT_EXCEEDED", (string)error["extensions"]!["code"]!);
        Assert.Matches(@"^The field cost of the operation is [0-9.e+]+, more than the maximum of 50000\.$", (string)error["message"]!);
        Assert.Equal(ServerLimits.MaxFieldCost, (double)error["extensions"]!["maxFieldCost"]!);
        Assert.True((double)error["extensions"]!["fieldCost"]! > ServerLimits.MaxFieldCost);
        Assert.False(body.ContainsKey("data"));
    }

    [Fact]
    public async Task The_report_header_adds_the_operation_cost_to_the_answer()
    {
        using HttpResponseMessage response = await SendWithCostHeaderAsync("{ stats { articles } }", "report");
        JsonObject body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (int)body["data"]!["stats"]!["articles"]!);
        Assert.Equal("""{"fieldCost":10,"typeCost":2}""", body["extensions"]!["operationCost"]!.ToJsonString());
    }

    [Fact]
    public async Task The_validate_header_reports_the_cost_without_executing()
    {
        using HttpResponseMessage response = await SendWithCostHeaderAsync("{ articles(first: 3) { nodes { title } } }", "validate");
        JsonObject body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.ContainsKey("data"));
        Assert.False(body.ContainsKey("errors"));
        // articles: 10 (reads the store) + 3 × nodes (1); type: query, connection, 3 articles.
        Assert.Equal("""{"fieldCost":11,"typeCost":5}""", body["extensions"]!["operationCost"]!.ToJsonString());
    }

    private Task<HttpResponseMessage> SendWithCostHeaderAsync(string query, string mode)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Add("GraphQL-Cost", mode);
        return Server.Http.SendAsync(request);
    }
}
