using System.Runtime.CompilerServices;

namespace NmnGraph.Client.Transport;

/// <summary>
/// A transport that calls delegates instead of the network, so a host can plug an engine executor in without the
/// client referencing the engine. The delegates return the UTF-8 JSON of each execution result. An exception from a
/// delegate becomes a <see cref="ClientErrorCodes.TransportFailure"/> error (the caller's cancellation still throws).
/// </summary>
public sealed class InMemoryGraphQLTransport : IGraphQLTransport
{
    private readonly Func<GraphQLRequest, CancellationToken, ValueTask<ReadOnlyMemory<byte>>> _execute;
    private readonly Func<GraphQLRequest, CancellationToken, IAsyncEnumerable<ReadOnlyMemory<byte>>>? _subscribe;

    /// <param name="execute">Runs a query or mutation and returns the response JSON.</param>
    /// <param name="subscribe">Runs a subscription and yields each event's JSON; <c>null</c> when unsupported.</param>
    public InMemoryGraphQLTransport(
        Func<GraphQLRequest, CancellationToken, ValueTask<ReadOnlyMemory<byte>>> execute,
        Func<GraphQLRequest, CancellationToken, IAsyncEnumerable<ReadOnlyMemory<byte>>>? subscribe = null)
    {
        ArgumentNullException.ThrowIfNull(execute);
        _execute = execute;
        _subscribe = subscribe;
    }

    public async Task<GraphQLResponse> SendAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            ReadOnlyMemory<byte> body = await _execute(request, cancellationToken).ConfigureAwait(false);
            return GraphQLResponse.FromJson(body);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return GraphQLResponse.FromTransportError(Failure(exception));
        }
    }

    public async IAsyncEnumerable<GraphQLResponse> SubscribeAsync(
        GraphQLRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_subscribe is null)
        {
            yield return GraphQLResponse.FromTransportError(new ClientError(
                "This in-memory transport was created without a subscription executor.",
                ClientErrorCodes.SubscriptionsNotSupported));
            yield break;
        }

        IAsyncEnumerator<ReadOnlyMemory<byte>>? events = null;
        ClientError? startFailure = null;
        try
        {
            events = _subscribe(request, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            startFailure = Failure(exception);
        }

        if (startFailure is not null)
        {
            yield return GraphQLResponse.FromTransportError(startFailure);
            yield break;
        }

        await using (events!.ConfigureAwait(false))
        {
            while (true)
            {
                (bool hasNext, ClientError? failure) = await MoveNextAsync(events!, cancellationToken).ConfigureAwait(false);
                if (failure is not null)
                {
                    yield return GraphQLResponse.FromTransportError(failure);
                    yield break;
                }

                if (!hasNext)
                {
                    yield break;
                }

                GraphQLResponse response = GraphQLResponse.FromJson(events!.Current);
                yield return response;
                if (response.IsTransportFailure)
                {
                    yield break;
                }
            }
        }
    }

    private static async Task<(bool HasNext, ClientError? Failure)> MoveNextAsync(
        IAsyncEnumerator<ReadOnlyMemory<byte>> events,
        CancellationToken cancellationToken)
    {
        try
        {
            return (await events.MoveNextAsync().ConfigureAwait(false), null);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, Failure(exception));
        }
    }

    private static ClientError Failure(Exception exception) =>
        new($"The in-memory GraphQL executor failed: {exception.Message}", ClientErrorCodes.TransportFailure);
}
