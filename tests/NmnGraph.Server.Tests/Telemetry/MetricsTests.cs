using System.Diagnostics;
using NmnGraph.GraphQL.Execution;

namespace NmnGraph.Server.Tests.Telemetry;

/// <summary>The engine's meter (<c>NmnGraph.GraphQL</c>) as a listener sees it, for requests over HTTP and in-process.</summary>
public sealed class MetricsTests
{
    private const string Requests = "nmngraph.graphql.requests";
    private const string Duration = "nmngraph.graphql.request.duration";
    private const string Errors = "nmngraph.graphql.errors";

    [Fact]
    public async Task Requests_their_duration_and_errors_are_counted_by_operation_type_and_name()
    {
        // A name no other test uses: the listener hears every server in the process.
        string name = "Counted" + Guid.NewGuid().ToString("N");
        using var recorder = new MetricRecorder("NmnGraph.GraphQL");
        await using TracedServer server = await TracedServer.StartAsync();

        for (int i = 0; i < 3; i++)
        {
            (int status, string body) = await server.PostAsync(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), $"query {name} {{ stats {{ articles }} }}");
            Assert.True(status == 200 && !body.Contains("\"errors\"", StringComparison.Ordinal), body);
        }

        (int failedStatus, string failedBody) = await server.PostAsync(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), $"query {name} {{ node(id: \"x\") {{ id }} }}");
        Assert.True(failedStatus == 200 && failedBody.Contains("BAD_USER_INPUT", StringComparison.Ordinal), failedBody);

        (string, string)[] operation = [("graphql.operation.type", "query"), ("graphql.operation.name", name)];
        Assert.Equal(4, recorder.Of(Requests, operation).Sum(m => m.Value));
        IReadOnlyList<MetricRecorder.Measurement> durations = recorder.Of(Duration, operation);
        Assert.Equal(4, durations.Count);
        Assert.All(durations, m => Assert.InRange(m.Value, double.Epsilon, 30));
        MetricRecorder.Measurement error = Assert.Single(recorder.Of(Errors, operation));
        Assert.Equal("BAD_USER_INPUT", error.Tags["error.type"]);
        Assert.Equal(1, error.Value);
    }

    [Fact]
    public async Task A_subscription_over_server_sent_events_counts_once_when_it_subscribes()
    {
        string name = "Watched" + Guid.NewGuid().ToString("N");
        using var recorder = new MetricRecorder("NmnGraph.GraphQL");
        await using TracedServer server = await TracedServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent($"{{\"query\":\"subscription {name} {{ corpusChanged {{ kind id }} }}\"}}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("text/event-stream"));
        using HttpResponseMessage response = await server.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        (string, string)[] operation = [("graphql.operation.type", "subscription"), ("graphql.operation.name", name)];
        var clock = Stopwatch.StartNew();
        while (recorder.Of(Requests, operation).Count == 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the subscription was not counted within 30 s");
            await Task.Delay(20);
        }

        Assert.Equal(1, recorder.Of(Requests, operation).Sum(m => m.Value));
        Assert.Empty(recorder.Of(Errors, operation));
    }

    [Fact]
    public async Task Operation_names_past_the_first_hundred_count_as_other_and_unnamed_ones_as_anonymous()
    {
        string prefix = "Bounded" + Guid.NewGuid().ToString("N");
        using var recorder = new MetricRecorder("NmnGraph.GraphQL");
        await using TracedServer server = await TracedServer.StartAsync();
        IRequestExecutor executor = server.Handle.Executor;

        for (int i = 0; i < 105; i++)
        {
            ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest($"query {prefix}{i} {{ __typename }}", null, null));
            Assert.Empty(result.Errors);
        }

        string longName = "L" + new string('o', 120) + "ng";
        await executor.ExecuteAsync(new GraphQLRequest($"query {longName} {{ __typename }}", null, null));
        await executor.ExecuteAsync(new GraphQLRequest("{ __typename }", null, null));

        // This server's executor had seen no names before: the first 100 are kept.
        string[] kept = [.. Enumerable.Range(0, 100).Select(i => prefix + i)];
        Assert.All(kept, kept => Assert.Single(recorder.Of(Requests, ("graphql.operation.name", kept))));
        Assert.All(Enumerable.Range(100, 5), i => Assert.Empty(recorder.Of(Requests, ("graphql.operation.name", prefix + i))));
        Assert.Empty(recorder.Of(Requests, ("graphql.operation.name", longName)));
        Assert.True(recorder.Of(Requests, ("graphql.operation.name", "(other)")).Sum(m => m.Value) >= 6);
        Assert.NotEmpty(recorder.Of(Requests, ("graphql.operation.type", "query"), ("graphql.operation.name", "(anonymous)")));
    }
}
