using System.Collections.Concurrent;
using System.Diagnostics;
using NmnGraph.GraphQL.DataLoaders;
using NmnGraph.GraphQL.Diagnostics;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Tests.Diagnostics;

/// <summary>Listeners are process-wide: these tests run alone, so that no other test's requests are traced meanwhile.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

/// <summary>The engine's spans as an <see cref="ActivityListener"/> sees them, with no OpenTelemetry package.</summary>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    private const string Sdl = """
        type Query { articles(count: Int!): [Article!]! }
        type Article { id: Int! claims: [Int!]! }
        """;

    private static readonly ActivitySource s_test = new("NmnGraph.GraphQL.Tests.Telemetry");

    [Fact]
    public async Task Batches_are_children_of_execute_whichever_thread_sends_them_and_parents_of_what_the_batch_function_traces()
    {
        var spans = new ConcurrentQueue<Activity>();
        using ActivityListener listener = Listen(spans, GraphQLTelemetry.Name, s_test.Name);
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .BindAsync("Query.articles", async ctx =>
            {
                await Task.Yield();
                return (object)Enumerable.Range(1, ctx.Argument<int>("count")).ToList();
            })
            .Bind("Article.id", ctx => ctx.ParentAs<int>())
            .BindAsync("Article.claims", async ctx =>
            {
                // Resume on the thread pool first: the key is queued outside the executor's bracket.
                await Task.Delay(1);
                return (object)await ctx.GroupDataLoader<int, int>("claimsByArticle", LoadClaimsAsync).LoadAsync(ctx.ParentAs<int>());
            })
            .Build();

        using Activity root = s_test.StartActivity("test root")!;
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("query Traced { articles(count: 5) { id claims } }"));
        root.Stop();
        Assert.Empty(result.Errors);

        Activity[] trace = [.. spans.Where(span => span.TraceId == root.TraceId)];
        Activity operation = Assert.Single(trace, span => span.DisplayName == "query");
        Assert.Equal(root.SpanId, operation.ParentSpanId);
        Assert.Equal("Traced", operation.GetTagItem(GraphQLTelemetry.OperationNameTag));
        Activity execute = Assert.Single(trace, span => span.DisplayName == "GraphQL execute");
        Assert.Equal(operation.SpanId, execute.ParentSpanId);
        Assert.Equal(operation.SpanId, Assert.Single(trace, span => span.DisplayName == "GraphQL validate").ParentSpanId);

        Activity[] batches = [.. trace.Where(span => span.DisplayName == "DataLoader claimsByArticle")];
        Assert.NotEmpty(batches);
        Assert.Equal(5, batches.Sum(batch => (int)batch.GetTagItem(GraphQLTelemetry.BatchSizeTag)!));
        Assert.All(batches, batch => Assert.Equal(execute.SpanId, batch.ParentSpanId));
        Activity[] fetches = [.. trace.Where(span => span.DisplayName == "fetch claims")];
        Assert.Equal(batches.Length, fetches.Length);
        Assert.All(fetches, fetch => Assert.Contains(batches, batch => batch.SpanId == fetch.ParentSpanId));
    }

    [Fact]
    public async Task A_failed_batch_fails_its_span_with_the_exception()
    {
        var spans = new ConcurrentQueue<Activity>();
        using ActivityListener listener = Listen(spans, GraphQLTelemetry.Name, s_test.Name);
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.articles", ctx => Enumerable.Range(1, 2).ToList())
            .Bind("Article.id", ctx => ctx.ParentAs<int>())
            .BindAsync("Article.claims", async ctx => (object)await ctx.GroupDataLoader<int, int>(
                "broken", (_, _) => throw new InvalidOperationException("the store is gone")).LoadAsync(ctx.ParentAs<int>()))
            .Build();

        using Activity root = s_test.StartActivity("test root")!;
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("{ articles(count: 2) { claims } }"));
        root.Stop();

        Assert.NotEmpty(result.Errors);
        Activity[] trace = [.. spans.Where(span => span.TraceId == root.TraceId)];
        Activity batch = Assert.Single(trace, span => span.DisplayName == "DataLoader broken");
        Assert.Equal(ActivityStatusCode.Error, batch.Status);
        Assert.Equal(typeof(InvalidOperationException).FullName, batch.GetTagItem(GraphQLTelemetry.ErrorTypeTag));
        Assert.Contains(batch.Events, e => e.Name == "exception");
        Activity execute = Assert.Single(trace, span => span.DisplayName == "GraphQL execute");
        Assert.Equal(ActivityStatusCode.Error, execute.Status);
        Assert.Equal("INTERNAL_SERVER_ERROR", execute.GetTagItem(GraphQLTelemetry.ErrorTypeTag));
    }

    [Fact]
    public async Task Without_a_listener_the_engine_starts_no_span()
    {
        var spans = new ConcurrentQueue<Activity>();
        using ActivityListener listener = Listen(spans, s_test.Name);
        var seen = new ConcurrentBag<string?>();
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.articles", ctx => Enumerable.Range(1, 3).ToList())
            .Bind("Article.id", ctx =>
            {
                seen.Add(Activity.Current?.DisplayName);
                return ctx.ParentAs<int>();
            })
            .BindAsync("Article.claims", async ctx => (object)await ctx.GroupDataLoader<int, int>("claimsByArticle", LoadClaimsAsync).LoadAsync(ctx.ParentAs<int>()))
            .Build();

        using Activity root = s_test.StartActivity("test root")!;
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("query Quiet { articles(count: 3) { id claims } }"));
        root.Stop();

        Assert.Empty(result.Errors);
        Assert.Equal(["test root", "test root", "test root"], seen);
        Assert.All(spans, span => Assert.Equal(s_test.Name, span.Source.Name));
        Assert.Contains(spans, span => span.DisplayName == "fetch claims" && span.ParentSpanId == root.SpanId);
    }

    private static async Task<IReadOnlyDictionary<int, IReadOnlyList<int>>> LoadClaimsAsync(IReadOnlyList<int> articles, CancellationToken cancellationToken)
    {
        using Activity? fetch = s_test.StartActivity("fetch claims");
        await Task.Delay(1, cancellationToken);
        return articles.ToDictionary(a => a, a => (IReadOnlyList<int>)[10 * a]);
    }

    private static ActivityListener Listen(ConcurrentQueue<Activity> into, params string[] sources)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = into.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
