using System.Runtime.CompilerServices;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

/// <summary>A small schema whose resolvers let tests observe cancellation and hangs.</summary>
internal sealed class TestSchema
{
    public TestSchema()
    {
        Schema = SchemaBuilder.FromSdl(
            """
            type Query {
              hello(name: String = "world"): String!
              boom: String
              slow: String
              hang: String
              deep: Level
              authorization: String
              contextValue: String
            }

            type Level {
              name: String
              child: Level
            }

            type Mutation {
              shout(text: String!): String!
            }

            type Subscription {
              counter(to: Int!): Int!
              ticks: Int!
              waiting: Int!
            }
            """)
            .Bind("Query.hello", ctx => "Hello " + ctx.Argument<string>("name"))
            .Bind("Query.boom", _ => throw new InvalidOperationException("secret detail"))
            .BindAsync("Query.slow", SlowAsync)
            .BindAsync("Query.hang", _ => HangForever.Task)
            .Bind("Query.deep", _ => new Level(1))
            .Bind("Level.name", ctx => "level " + ctx.ParentAs<Level>().Depth)
            .Bind("Level.child", ctx => new Level(ctx.ParentAs<Level>().Depth + 1))
            .Bind("Query.authorization", ctx => ctx.GetAuthorizationHeader())
            .Bind("Query.contextValue", ctx => ctx.ContextData.TryGetValue("value", out object? value) ? value as string : null)
            .Bind("Mutation.shout", ctx => ctx.Argument<string>("text") is "fail" ? throw new InvalidOperationException("secret detail") : ctx.Argument<string>("text").ToUpperInvariant())
            .BindSubscription("Subscription.counter", ctx => CountAsync(ctx.Argument<int>("to"), ctx.RequestAborted))
            .BindSubscription("Subscription.ticks", ctx => TicksAsync(ctx.RequestAborted))
            .BindSubscription("Subscription.waiting", ctx => WaitingAsync(ctx.RequestAborted))
            .Build();
    }

    public Schema Schema { get; }

    /// <summary>Set when <c>slow</c> starts; <see cref="SlowCancelled"/> when its token fires.</summary>
    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource SlowCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Never completes unless a test completes it: a resolver that ignores cancellation.</summary>
    public TaskCompletionSource<string?> HangForever { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource TicksEnded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Releases the one event of <c>waiting</c>, which emits nothing until then.</summary>
    public TaskCompletionSource ReleaseWaiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<string?> SlowAsync(IResolverContext context)
    {
        SlowStarted.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            SlowCancelled.TrySetResult();
            throw;
        }

        return "never";
    }

    private async IAsyncEnumerable<object?> WaitingAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await ReleaseWaiting.Task.WaitAsync(cancellationToken);
        yield return 1;
    }

    private static async IAsyncEnumerable<object?> CountAsync(int to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int i = 1; i <= to; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    private async IAsyncEnumerable<object?> TicksAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            yield return 1;
            await Task.Delay(Timeout.Infinite, cancellationToken);
            yield return 2;
        }
        finally
        {
            TicksEnded.TrySetResult();
        }
    }

    internal sealed record Level(int Depth);
}
