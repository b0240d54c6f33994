using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using NmnGraph.Client;
using NmnGraph.Client.Transport;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>
/// The fake server: an <see cref="InMemoryGraphQLTransport"/> answering from <see cref="Fixtures"/>, which can be
/// switched off (requests fail as unreachable), held (requests wait until released) and counted. With
/// <c>articles</c> it serves that many generated articles, paged by keyset cursors (and every search finds them all),
/// and <see cref="Announce"/> adds one and sends <c>corpusChanged</c> to the subscribers.
/// </summary>
internal sealed class FakeTransport : IGraphQLTransport
{
    private readonly InMemoryGraphQLTransport _inner;
    private readonly Channel<ReadOnlyMemory<byte>> _changes = Channel.CreateUnbounded<ReadOnlyMemory<byte>>();
    private readonly int? _articles;
    private int _added;

    public FakeTransport(int? articles = null)
    {
        _articles = articles;
        _inner = new InMemoryGraphQLTransport(
            (request, _) => ValueTask.FromResult(_articles is { } n && request.OperationName == "Articles" ? Fixtures.GeneratedArticles(request, n + _added)
                : _articles is { } hits && request.OperationName == "Search" ? Fixtures.GeneratedSearch(request, hits + _added)
                : Fixtures.Answer(request)),
            articles is null ? null : ChangesAsync);
    }

    /// <summary>Adds a generated article (at the top: the newest) and announces it.</summary>
    public void Announce()
    {
        Interlocked.Increment(ref _added);
        _changes.Writer.TryWrite(Json.Data("corpusChanged", Json.Typed("CorpusChange",
            ("kind", "CREATED"), ("id", "QXJ0aWNsZTo5OTk"), ("at", "2026-01-01T12:00:00Z"), ("node", Json.Typed("Article", ("id", "QXJ0aWNsZTo5OTk"))))));
    }
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _variables = new(StringComparer.Ordinal);
    private volatile TaskCompletionSource? _hold;

    public bool Reachable { get; set; } = true;

    /// <summary>The variables (JSON) of the last request of an operation, or null.</summary>
    public string? LastVariables(string operationName) => _variables.TryGetValue(operationName, out string? json) ? json : null;

    public int RequestsFor(string operationName) => _requests.TryGetValue(operationName, out int count) ? count : 0;

    public int TotalRequests => _requests.Values.Sum();

    /// <summary>Makes requests wait until <see cref="Release"/>.</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold?.TrySetResult();

    public async Task<GraphQLResponse> SendAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        _requests.AddOrUpdate(request.OperationName ?? "?", 1, (_, n) => n + 1);
        _variables[request.OperationName ?? "?"] = request.GetVariablesJson();
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

    private async IAsyncEnumerable<ReadOnlyMemory<byte>> ChangesAsync(GraphQLRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await _changes.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (_changes.Reader.TryRead(out ReadOnlyMemory<byte> change))
            {
                yield return change;
            }
        }
    }
}
