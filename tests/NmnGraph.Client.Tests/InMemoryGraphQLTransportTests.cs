using System.Runtime.CompilerServices;
using System.Text;
using NmnGraph.Client.Transport;

namespace NmnGraph.Client.Tests;

public sealed class InMemoryGraphQLTransportTests
{
    private static readonly GraphQLRequest s_request = new("{ hello }");

    [Fact]
    public async Task Passes_the_request_and_returns_the_executor_json()
    {
        GraphQLRequest? seen = null;
        var transport = new InMemoryGraphQLTransport((request, _) =>
        {
            seen = request;
            return ValueTask.FromResult<ReadOnlyMemory<byte>>("""{"data":{"hello":"world"}}"""u8.ToArray());
        });

        GraphQLResponse response = await transport.SendAsync(s_request, CancellationToken.None);

        Assert.Same(s_request, seen);
        Assert.Equal("world", response.Root.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("""{"data":{"hello":"world"}}""", Encoding.UTF8.GetString(response.Body.Span));
    }

    [Fact]
    public async Task An_executor_exception_becomes_a_transport_failure()
    {
        var transport = new InMemoryGraphQLTransport((_, _) => throw new InvalidOperationException("engine exploded"));

        GraphQLResponse response = await transport.SendAsync(s_request, CancellationToken.None);

        Assert.Equal(ClientErrorCodes.TransportFailure, response.TransportError!.Code);
        Assert.Contains("engine exploded", response.TransportError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_response()
    {
        var transport = new InMemoryGraphQLTransport((_, _) => ValueTask.FromResult<ReadOnlyMemory<byte>>("nope"u8.ToArray()));

        GraphQLResponse response = await transport.SendAsync(s_request, CancellationToken.None);

        Assert.Equal(ClientErrorCodes.TransportBadResponse, response.TransportError!.Code);
    }

    [Fact]
    public async Task Cancellation_throws()
    {
        var transport = new InMemoryGraphQLTransport(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return ReadOnlyMemory<byte>.Empty;
        });
        using var cancellation = new CancellationTokenSource();

        Task<GraphQLResponse> pending = transport.SendAsync(s_request, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task Subscriptions_stream_each_event_and_report_a_failure_last()
    {
        var transport = new InMemoryGraphQLTransport(
            (_, _) => ValueTask.FromResult(ReadOnlyMemory<byte>.Empty),
            (_, cancellationToken) => Events(cancellationToken));

        var responses = new List<GraphQLResponse>();
        await foreach (GraphQLResponse response in transport.SubscribeAsync(s_request, CancellationToken.None))
        {
            responses.Add(response);
        }

        Assert.Equal(3, responses.Count);
        Assert.Equal(1, responses[0].Root.GetProperty("data").GetProperty("n").GetInt32());
        Assert.Equal(2, responses[1].Root.GetProperty("data").GetProperty("n").GetInt32());
        Assert.Equal(ClientErrorCodes.TransportFailure, responses[2].TransportError!.Code);

        static async IAsyncEnumerable<ReadOnlyMemory<byte>> Events([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return """{"data":{"n":1}}"""u8.ToArray();
            yield return """{"data":{"n":2}}"""u8.ToArray();
            throw new InvalidOperationException("stream broke");
        }
    }

    [Fact]
    public async Task Without_a_subscription_executor_subscriptions_are_unsupported()
    {
        var transport = new InMemoryGraphQLTransport((_, _) => ValueTask.FromResult(ReadOnlyMemory<byte>.Empty));

        var responses = new List<GraphQLResponse>();
        await foreach (GraphQLResponse response in transport.SubscribeAsync(s_request, CancellationToken.None))
        {
            responses.Add(response);
        }

        Assert.Equal(ClientErrorCodes.SubscriptionsNotSupported, Assert.Single(responses).TransportError!.Code);
    }
}
