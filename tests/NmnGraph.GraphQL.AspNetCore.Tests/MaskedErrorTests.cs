using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static NmnGraph.GraphQL.AspNetCore.Tests.GraphQLTestHost;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

/// <summary>Every masked error leaves a log line an operator finds by the id in the client's error.</summary>
public sealed class MaskedErrorTests
{
    [Theory]
    [InlineData("{ boom }", "(anonymous)")]
    [InlineData("query Dashboard { boom }", "Dashboard")]
    public async Task A_masked_error_is_logged_with_the_request_id_the_client_sees(string query, string operationName)
    {
        var log = new FakeLogCollector();
        await using GraphQLTestHost host = await StartAsync(log: log);
        Reply reply = await host.SendAsync(Post(new JsonObject { ["query"] = query }.ToJsonString()));

        Assert.Equal(200, reply.Status);
        JsonObject extensions = JsonNode.Parse(reply.Body)!["errors"]![0]!["extensions"]!.AsObject();
        Assert.Equal("INTERNAL_SERVER_ERROR", (string)extensions["code"]!);
        string requestId = (string)extensions["requestId"]!;

        FakeLogRecord line = Assert.Single(log.GetSnapshot(), record => record.Level == LogLevel.Error);
        Assert.Equal(typeof(GraphQLServer).FullName, line.Category);
        Assert.Equal(requestId, line.GetStructuredStateValue("RequestId"));
        Assert.Equal(operationName, line.GetStructuredStateValue("OperationName"));
        Assert.Equal("boom", line.GetStructuredStateValue("Path"));
        Assert.Equal("INTERNAL_SERVER_ERROR", line.GetStructuredStateValue("Code"));
        Assert.Equal("secret detail", Assert.IsType<InvalidOperationException>(line.Exception).Message);
        Assert.DoesNotContain("secret detail", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trace_id_of_the_current_activity_is_in_the_error_and_the_log()
    {
        // A logger that is on makes ASP.NET Core start an Activity per request (W3C ids by default).
        var log = new FakeLogCollector();
        await using GraphQLTestHost host = await StartAsync(log: log);
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ boom }'}")));

        string traceId = (string)JsonNode.Parse(reply.Body)!["errors"]![0]!["extensions"]!["traceId"]!;
        Assert.Matches("^[0-9a-f]{32}$", traceId);
        Assert.NotEqual(new string('0', 32), traceId);
        Assert.Equal(traceId, Assert.Single(log.GetSnapshot(), record => record.Level == LogLevel.Error).GetStructuredStateValue("TraceId"));
    }

    [Fact]
    public async Task A_request_that_propagates_a_traceparent_gets_its_trace_id_back()
    {
        var log = new FakeLogCollector();
        await using GraphQLTestHost host = await StartAsync(log: log);
        HttpRequestMessage request = Post(Json("{'query':'{ boom }'}"));
        request.Headers.Add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        Reply reply = await host.SendAsync(request);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", (string)JsonNode.Parse(reply.Body)!["errors"]![0]!["extensions"]!["traceId"]!);
    }

    [Fact]
    public async Task An_unavailable_failure_without_data_is_a_503_with_retry_after()
    {
        var log = new FakeLogCollector();
        await using GraphQLTestHost host = await StartAsync(
            options => options.DetectUnavailable = (exception, _) => exception is InvalidOperationException
                ? new UnavailableFailure("DOWN_FOR_NOW", "Try again shortly.", TimeSpan.FromSeconds(2.5))
                : null,
            log: log);

        // shout is non-null, so its failure leaves data null: the server, not the request, failed.
        Reply reply = await host.SendAsync(Post(Json("{'query':'mutation { shout(text: \\\"fail\\\") }'}")));
        Assert.Equal(503, reply.Status);
        Assert.Equal("3", reply.Headers["Retry-After"]);
        JsonObject error = JsonNode.Parse(reply.Body)!["errors"]![0]!.AsObject();
        Assert.Equal("Try again shortly.", (string)error["message"]!);
        Assert.Equal("DOWN_FOR_NOW", (string)error["extensions"]!["code"]!);
        Assert.Equal(
            (string)error["extensions"]!["requestId"]!,
            Assert.Single(log.GetSnapshot(), record => record.Level == LogLevel.Error).GetStructuredStateValue("RequestId"));
    }

    [Fact]
    public async Task An_unavailable_failure_beside_data_keeps_the_2xx_the_spec_requires()
    {
        await using GraphQLTestHost host = await StartAsync(
            options => options.DetectUnavailable = (_, _) => new UnavailableFailure("DOWN_FOR_NOW", "Try again shortly.", TimeSpan.FromSeconds(1)));
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello boom }'}")));
        Assert.Equal(200, reply.Status);
        Assert.False(reply.Headers.ContainsKey("Retry-After"));
        Assert.Equal("DOWN_FOR_NOW", (string)JsonNode.Parse(reply.Body)!["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task A_host_failure_is_logged_with_its_request_id()
    {
        var log = new FakeLogCollector();
        await using GraphQLTestHost host = await StartAsync(options => options.ConfigureContextData = (_, _) => throw new InvalidOperationException("host secret"), log: log);
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello }'}")));
        Assert.Equal(500, reply.Status);
        string requestId = (string)JsonNode.Parse(reply.Body)!["errors"]![0]!["extensions"]!["requestId"]!;
        FakeLogRecord line = Assert.Single(log.GetSnapshot(), record => record.Level == LogLevel.Error);
        Assert.Equal(requestId, line.GetStructuredStateValue("RequestId"));
        Assert.Equal("host secret", line.Exception?.Message);
    }
}
