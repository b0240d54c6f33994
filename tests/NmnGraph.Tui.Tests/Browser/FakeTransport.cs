using System.Collections.Concurrent;
using NmnGraph.Client;
using NmnGraph.Client.Transport;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>
/// The fake server: an <see cref="InMemoryGraphQLTransport"/> answering from <see cref="Fixtures"/>, which can be
/// switched off (requests fail as unreachable), held (requests wait until released) and counted.
/// </summary>
internal sealed class FakeTransport : IGraphQLTransport
{
    private readonly InMemoryGraphQLTransport _inner = new((request, _) => ValueTask.FromResult(Fixtures.Answer(request)));
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private volatile TaskCompletionSource? _hold;

    public bool Reachable { get; set; } = true;

    public int RequestsFor(string operationName) => _requests.TryGetValue(operationName, out int count) ? count : 0;

    public int TotalRequests => _requests.Values.Sum();

    /// <summary>Makes requests wait until <see cref="Release"/>.</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold?.TrySetResult();

    public async Task<GraphQLResponse> SendAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        _requests.AddOrUpdate(request.OperationName ?? "?", 1, (_, n) => n + 1);
        if (_hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!Reachable)
        {
            return GraphQLResponse.FromTransportError(new ClientError("Connection refused (127.0.0.1:9)", ClientErrorCodes.TransportUnreachable));
        }

        return await _inner.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<GraphQLResponse> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken) =>
        _inner.SubscribeAsync(request, cancellationToken);
}
