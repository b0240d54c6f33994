using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>Asynchronous resolvers, parallel siblings, serial mutations and cancellation (spec #sec-Normal-and-Serial-Execution).</summary>
public class AsyncExecutionTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Sibling_async_resolvers_run_concurrently()
    {
        // Each resolver waits until both have started: this completes only if siblings are started before awaiting.
        var bothStarted = new CountdownEvent(2);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Schema schema = SchemaBuilder.FromSdl("type Query { a: String b: String }")
            .BindAsync("Query.a", ctx => Rendezvous("A", bothStarted, gate, ctx.RequestAborted))
            .BindAsync("Query.b", ctx => Rendezvous("B", bothStarted, gate, ctx.RequestAborted))
            .Build();

        string json = await RunOnceAsync(schema, "{ a b }").WaitAsync(s_timeout);

        Assert.Equal(Json("{'data':{'a':'A','b':'B'}}"), json);
    }

    [Fact]
    public async Task Async_results_keep_selection_order()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { slow: [Item] fast: Int } type Item { n: Int }")
            .BindAsync("Query.slow", async _ =>
            {
                await Task.Yield();
                return new object[] { new Dictionary<string, object?> { ["n"] = 1 }, new Dictionary<string, object?> { ["n"] = 2 } };
            })
            .BindAsync("Item.n", async ctx =>
            {
                await Task.Yield();
                return (object?)ctx.ParentAs<Dictionary<string, object?>>()["n"];
            })
            .Bind("Query.fast", _ => 3)
            .Build();
        Assert.Equal(Json("{'data':{'slow':[{'n':1},{'n':2}],'fast':3}}"), await RunAsync(schema, "{ slow { n } fast }").WaitAsync(s_timeout));
    }

    [Fact]
    public async Task Mutations_run_serially_in_document_order()
    {
        var log = new List<string>();
        var counter = 0;
        Schema schema = SchemaBuilder.FromSdl("type Query { count: Int } type Mutation { add(by: Int!): Int }")
            .BindAsync("Mutation.add", async ctx =>
            {
                int by = ctx.Argument<int>("by");
                lock (log)
                {
                    log.Add("start " + by);
                }

                // The first mutation is the slowest: serial execution must still finish it before starting the next.
                await Task.Delay(by == 1 ? 50 : 0, ctx.RequestAborted);
                int value = Interlocked.Add(ref counter, by);
                lock (log)
                {
                    log.Add("end " + by);
                }

                return (object?)value;
            })
            .Build();

        string json = await RunOnceAsync(schema, "mutation { first: add(by: 1) second: add(by: 10) third: add(by: 100) }").WaitAsync(s_timeout);

        Assert.Equal(Json("{'data':{'first':1,'second':11,'third':111}}"), json);
        Assert.Equal(["start 1", "end 1", "start 10", "end 10", "start 100", "end 100"], log);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_throws()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Schema schema = SchemaBuilder.FromSdl("type Query { wait: String }")
            .BindAsync("Query.wait", async ctx =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
                return (object?)"never";
            })
            .Build();
        using var cancellation = new CancellationTokenSource();
        var executor = new RequestExecutor(schema);

        Task<ExecutionResult> execution = executor.ExecuteAsync(new GraphQLRequest("{ wait }"), cancellation.Token);
        await started.Task.WaitAsync(s_timeout);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution.WaitAsync(s_timeout));
    }

    [Fact]
    public async Task Execution_timeout_cancels_a_resolver_that_never_completes_and_is_reported_as_EXECUTION_TIMEOUT()
    {
        var sawCancellation = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Schema schema = SchemaBuilder.FromSdl("type Query { wait: String }")
            .BindAsync("Query.wait", async ctx =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    sawCancellation.SetResult();
                    throw;
                }

                return (object?)"never";
            })
            .Build();
        // Seconds, not milliseconds: a deadline that passes before the resolver starts would (rightly) never start it.
        string json = await RunAsync(schema, "{ wait }", options: new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromSeconds(2) }).WaitAsync(s_timeout);
        Assert.Equal(Json("{'errors':[{'message':'The request exceeded the execution timeout of 2000 ms.','extensions':{'code':'EXECUTION_TIMEOUT'}}]}"), json);
        await sawCancellation.Task.WaitAsync(s_timeout);
    }

    [Fact]
    public async Task Cancellation_stops_scheduling_list_items_and_fields()
    {
        using var cancellation = new CancellationTokenSource();
        int started = 0;
        Schema schema = SchemaBuilder.FromSdl("type Query { items: [Item] } type Item { value: String other: String }")
            .Bind("Query.items", _ => new object[] { 1, 2, 3, 4 })
            .BindAsync("Item.value", async ctx =>
            {
                Interlocked.Increment(ref started);
                cancellation.Cancel();
                await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
                return (object?)"never";
            })
            .Bind("Item.other", _ =>
            {
                Interlocked.Increment(ref started);
                return "other";
            })
            .Build();
        var executor = new RequestExecutor(schema);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executor.ExecuteAsync(new GraphQLRequest("{ items { value other } }"), cancellation.Token).WaitAsync(s_timeout));
        Assert.Equal(1, started);
    }

    [Fact]
    public async Task Resolver_context_exposes_request_state()
    {
        var services = new ServiceLookup();
        Schema schema = SchemaBuilder.FromSdl("type Query { info(n: Int = 2): Info } type Info { text: String }")
            .Bind("Query.info", ctx => new Dictionary<string, object?>
            {
                ["text"] = string.Join(
                    "|",
                    ctx.Field.Coordinate,
                    ctx.ParentType.Name,
                    ctx.ResponseName,
                    ctx.Path.ToString(),
                    ctx.Argument<long>("n"),
                    ctx.ArgumentOrDefault("missing", "fallback"),
                    ctx.HasArgument("n"),
                    ctx.ContextData["user"],
                    ReferenceEquals(ctx.Services, services),
                    ctx.GetOrAddRequestItem("loader", _ => new object()) == ctx.GetOrAddRequestItem("loader", _ => new object())),
            })
            .Build();
        var executor = new RequestExecutor(schema);
        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest("{ i: info { text } }")
        {
            Services = services,
            ContextData = new Dictionary<string, object?> { ["user"] = "ann" },
        });
        Assert.Equal(Json("{'data':{'i':{'text':'Query.info|Query|i|i|2|fallback|True|ann|True|True'}}}"), ExecutionResultWriter.ToJson(result));
    }

    private static async Task<string> Rendezvous(string value, CountdownEvent bothStarted, TaskCompletionSource gate, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (bothStarted.Signal())
        {
            gate.SetResult();
        }

        await gate.Task.WaitAsync(cancellationToken);
        return value;
    }

    private sealed class ServiceLookup : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
