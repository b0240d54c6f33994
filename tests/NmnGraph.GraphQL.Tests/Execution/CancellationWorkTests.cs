using System.Runtime.ExceptionServices;
using NmnGraph.GraphQL.DataLoaders;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>
/// What a cancelled request still costs: the fields that were waiting when the deadline passed must end without
/// work per field (no exception thrown for each, no sub-field started, no batch sent), so the CPU goes quiet.
/// </summary>
public class CancellationWorkTests
{
    private const int Items = 200;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Fields_waiting_when_the_request_is_cancelled_end_without_an_exception_each()
    {
        using var cancellation = new CancellationTokenSource();
        var gate = new TaskCompletionSource<object?>();
        int waiting = 0;
        int leaves = 0;
        Schema schema = SchemaBuilder.FromSdl("type Query { items: [Item] } type Item { slow: Child } type Child { leaf: String }")
            .Bind("Query.items", _ => Enumerable.Range(0, Items).Cast<object>().ToList())
            .BindAsync("Item.slow", ctx =>
            {
                Interlocked.Increment(ref waiting);
                return gate.Task;
            })
            .Bind("Child.leaf", _ =>
            {
                Interlocked.Increment(ref leaves);
                return "leaf";
            })
            .Build();
        var executor = new RequestExecutor(schema);

        int thrown = 0;
        void Count(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is OperationCanceledException canceled && canceled.CancellationToken == cancellation.Token)
            {
                Interlocked.Increment(ref thrown);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            Task<ExecutionResult> execution = executor.ExecuteAsync(new GraphQLRequest("{ items { slow { leaf } } }"), cancellation.Token);
            Assert.Equal(Items, Volatile.Read(ref waiting));
            await cancellation.CancelAsync();

            // Every waiting field wakes up after the deadline; nobody will read what they would produce.
            gate.SetResult(new object());
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution.WaitAsync(s_timeout));
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, leaves);

        // The request as a whole reports its cancellation (thrown, then rethrown to the awaiting caller); the
        // 200 fields that were waiting do not each throw.
        Assert.InRange(thrown, 1, 3);
    }

    [Fact]
    public async Task A_batch_queued_when_the_request_is_cancelled_is_not_sent()
    {
        using var cancellation = new CancellationTokenSource();
        int batches = 0;
        int resolved = 0;
        Schema schema = SchemaBuilder.FromSdl("type Query { items: [Int] item(id: Int!): String }")
            .Bind("Query.items", _ => Enumerable.Range(0, Items).Cast<object>().ToList())
            .BindAsync("Query.item", ctx =>
            {
                Task<string?> load = ctx.DataLoader<int, string?>("byId", (keys, _) =>
                {
                    Interlocked.Increment(ref batches);
                    return Task.FromResult<IReadOnlyDictionary<int, string?>>(keys.ToDictionary(key => key, key => (string?)("item " + key)));
                }).LoadAsync(ctx.Argument<int>("id"));

                // The deadline passes while the executor is still starting resolvers: the key is queued, not sent.
                if (Interlocked.Increment(ref resolved) == 2)
                {
                    cancellation.Cancel();
                }

                return load;
            })
            .Build();
        var executor = new RequestExecutor(schema);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            executor.ExecuteAsync(new GraphQLRequest("{ a: item(id: 1) b: item(id: 2) c: item(id: 3) }"), cancellation.Token).WaitAsync(s_timeout));

        Assert.Equal(2, resolved);
        Assert.Equal(0, batches);
    }

    [Fact]
    public async Task The_executor_answers_at_cancellation_even_when_a_resolver_ignores_it()
    {
        using var cancellation = new CancellationTokenSource();
        var never = new TaskCompletionSource<object?>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Schema schema = SchemaBuilder.FromSdl("type Query { stuck: String }")
            .BindAsync("Query.stuck", _ =>
            {
                started.SetResult();
                return never.Task;
            })
            .Build();
        var executor = new RequestExecutor(schema);

        Task<ExecutionResult> execution = executor.ExecuteAsync(new GraphQLRequest("{ stuck }"), cancellation.Token);
        await started.Task.WaitAsync(s_timeout);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution.WaitAsync(s_timeout));
        Assert.False(never.Task.IsCompleted);
    }
}
