using System.Runtime.CompilerServices;
using System.Threading.Channels;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>Subscriptions (spec #sec-Subscription): source stream → response stream; cancellation ends it.</summary>
public class SubscriptionTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    private const string Sdl = """
        type Query { a: Int }
        type Subscription { claimAdded(topic: String!): Claim countdown: Int }
        type Claim { slug: String statement: String }
        """;

    [Fact]
    public async Task Each_source_event_becomes_a_result()
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .BindSubscription("Subscription.claimAdded", ctx => Claims(ctx.Argument<string>("topic"), 3))
            .Build();
        var executor = new RequestExecutor(schema);

        var results = new List<string>();
        await foreach (ExecutionResult result in executor.SubscribeAsync(new GraphQLRequest("subscription { claimAdded(topic: \"bone\") { slug } }")).WithCancellation(CancellationToken.None))
        {
            results.Add(ExecutionResultWriter.ToJson(result));
        }

        Assert.Equal(
            [
                Json("{'data':{'claimAdded':{'slug':'bone-0'}}}"),
                Json("{'data':{'claimAdded':{'slug':'bone-1'}}}"),
                Json("{'data':{'claimAdded':{'slug':'bone-2'}}}"),
            ],
            results);
    }

    [Fact]
    public async Task A_field_resolver_maps_each_event()
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .BindSubscription("Subscription.countdown", _ => Numbers(3), ctx => new ValueTask<object?>(10 - (int)ctx.Parent!))
            .Build();
        var executor = new RequestExecutor(schema);
        ExecutionResult first = await executor.ExecuteAsync(new GraphQLRequest("subscription { countdown }"));
        Assert.NotNull(first.Stream);
        Assert.False(first.HasData);

        var results = new List<string>();
        await foreach (ExecutionResult result in first.Stream!)
        {
            results.Add(ExecutionResultWriter.ToJson(result));
        }

        Assert.Equal([Json("{'data':{'countdown':10}}"), Json("{'data':{'countdown':9}}"), Json("{'data':{'countdown':8}}")], results);
    }

    [Fact]
    public async Task Cancellation_ends_the_response_stream()
    {
        var channel = Channel.CreateUnbounded<object?>();
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .BindSubscription("Subscription.claimAdded", ctx => channel.Reader.ReadAllAsync(ctx.RequestAborted))
            .Build();
        var executor = new RequestExecutor(schema);
        using var cancellation = new CancellationTokenSource();
        await using IAsyncEnumerator<ExecutionResult> stream = executor
            .SubscribeAsync(new GraphQLRequest("subscription { claimAdded(topic: \"x\") { statement } }"), cancellation.Token)
            .GetAsyncEnumerator(cancellation.Token);

        await channel.Writer.WriteAsync(new Dictionary<string, object?> { ["statement"] = "NMN raises NAD+" });
        Assert.True(await stream.MoveNextAsync().AsTask().WaitAsync(s_timeout));
        Assert.Equal(Json("{'data':{'claimAdded':{'statement':'NMN raises NAD+'}}}"), ExecutionResultWriter.ToJson(stream.Current));

        ValueTask<bool> next = stream.MoveNextAsync();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.AsTask().WaitAsync(s_timeout));
    }

    [Fact]
    public async Task Source_stream_errors_are_request_errors()
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .BindSubscription("Subscription.claimAdded", _ => throw new NmnGraph.GraphQL.Errors.GraphQLException("No such topic.", "NOT_FOUND"))
            .Build();
        var executor = new RequestExecutor(schema);
        var results = new List<string>();
        await foreach (ExecutionResult result in executor.SubscribeAsync(new GraphQLRequest("subscription { claimAdded(topic: \"x\") { slug } }")))
        {
            results.Add(ExecutionResultWriter.ToJson(result));
        }

        Assert.Equal([Json("{'errors':[{'message':'No such topic.','locations':[{'line':1,'column':16}],'path':['claimAdded'],'extensions':{'code':'NOT_FOUND'}}]}")], results);
    }

    private static async IAsyncEnumerable<object?> Claims(string topic, int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Dictionary<string, object?> { ["slug"] = topic + "-" + i, ["statement"] = "s" };
        }
    }

    private static async IAsyncEnumerable<object?> Numbers(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }
}
