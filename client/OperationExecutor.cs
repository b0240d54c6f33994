using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using NmnGraph.Client.Serialization;
using NmnGraph.Client.Store;

namespace NmnGraph.Client;

/// <summary>
/// Runs operations through an <see cref="IGraphQLTransport"/> and keeps their results in an <see cref="EntityStore"/>.
/// Generated operations (<see cref="GraphQLOperation{TVariables, TData}"/>) call it with their request and parser; one
/// instance is shared by a whole client (a DI singleton).
/// </summary>
public sealed class OperationExecutor
{
    public OperationExecutor(IGraphQLTransport transport, EntityStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        Transport = transport;
        Store = store ?? new EntityStore();
    }

    public IGraphQLTransport Transport { get; }

    public EntityStore Store { get; }

    /// <summary>
    /// Sends a query or mutation and parses the response. The data is normalized into the store (queries are also kept
    /// for <see cref="TryGetCached"/>), so watchers of results holding the same entities see the change.
    /// Never throws for server or network failures; throws <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    public Task<OperationResult<T>> ExecuteAsync<T>(
        GraphQLRequest request,
        OperationKind kind,
        Func<JsonElement, T> parseData,
        CancellationToken cancellationToken) =>
        FetchAsync(request, kind, parseData, origin: null, cancellationToken);

    /// <summary>The stored result of a query, materialized from the current entities, without any request.</summary>
    public bool TryGetCached<T>(GraphQLRequest request, Func<JsonElement, T> parseData, [NotNullWhen(true)] out OperationResult<T>? result)
    {
        ArgumentNullException.ThrowIfNull(parseData);
        result = null;
        return Store.TryRead(EntityStore.CreateOperationKey(request), out JsonElement data, out IReadOnlyList<ClientError> errors)
            && TryMaterialize(data, errors, parseData, out result);
    }

    /// <summary>
    /// Watches a query: the first result per <paramref name="strategy"/>, then a fresh result (from the store, source
    /// <see cref="OperationResultSource.Cache"/>) whenever an entity it holds changes. When the store can no longer
    /// produce the whole result (an entity was evicted, or a field now points at objects it never fetched), the watcher
    /// asks the network again. Runs until <paramref name="cancellationToken"/> is cancelled, which ends the sequence
    /// with <see cref="OperationCanceledException"/>.
    /// </summary>
    public async IAsyncEnumerable<OperationResult<T>> Watch<T>(
        GraphQLRequest request,
        Func<JsonElement, T> parseData,
        ExecutionStrategy strategy,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parseData);
        string key = EntityStore.CreateOperationKey(request);

        // One pending signal is enough: every wake-up reads the latest state.
        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using StoreListener listener = Store.Listen(key, () => changes.Writer.TryWrite(true));

        // What the consumer last got, as denormalized JSON, so that a wake-up with nothing new yields nothing.
        string? lastDelivered = null;
        bool needNetwork = true;
        if (strategy != ExecutionStrategy.NetworkOnly
            && TryReadCached(key, listener, parseData, out OperationResult<T>? cached, out string? cachedSnapshot))
        {
            // A cached partial result (one with errors) is shown, but CacheFirst still asks the network for a better one.
            needNetwork = strategy == ExecutionStrategy.CacheAndNetwork || cached.Errors.Count > 0;
            lastDelivered = cachedSnapshot;
            yield return cached;
        }

        if (needNetwork)
        {
            (OperationResult<T> fetched, lastDelivered) = await FetchForWatcherAsync(request, key, listener, parseData, cancellationToken)
                .ConfigureAwait(false);
            yield return fetched;
        }

        while (true)
        {
            await changes.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (TryReadCached(key, listener, parseData, out OperationResult<T>? updated, out string? snapshot))
            {
                if (!string.Equals(snapshot, lastDelivered, StringComparison.Ordinal))
                {
                    lastDelivered = snapshot;
                    yield return updated;
                }
            }
            else
            {
                (OperationResult<T> refetched, lastDelivered) = await FetchForWatcherAsync(request, key, listener, parseData, cancellationToken)
                    .ConfigureAwait(false);
                yield return refetched;
            }
        }
    }

    /// <summary>
    /// Runs a subscription: one result per event, each normalized into the store so that watchers see the change.
    /// A transport failure arrives as a last, failed result.
    /// </summary>
    public async IAsyncEnumerable<OperationResult<T>> SubscribeAsync<T>(
        GraphQLRequest request,
        Func<JsonElement, T> parseData,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parseData);
        await foreach (GraphQLResponse response in Transport.SubscribeAsync(request, cancellationToken).ConfigureAwait(false))
        {
            yield return Record(response, null, parseData, origin: null);
        }
    }

    private async Task<OperationResult<T>> FetchAsync<T>(
        GraphQLRequest request,
        OperationKind kind,
        Func<JsonElement, T> parseData,
        StoreListener? origin,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parseData);
        GraphQLResponse response = await Transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        string? key = kind == OperationKind.Query ? EntityStore.CreateOperationKey(request) : null;
        return Record(response, key, parseData, origin);
    }

    private async Task<(OperationResult<T> Result, string? Snapshot)> FetchForWatcherAsync<T>(
        GraphQLRequest request,
        string key,
        StoreListener listener,
        Func<JsonElement, T> parseData,
        CancellationToken cancellationToken)
    {
        OperationResult<T> result = await FetchAsync(request, OperationKind.Query, parseData, listener, cancellationToken)
            .ConfigureAwait(false);

        // Refresh what the watcher depends on from the stored result.
        return (result, Store.TryRead(key, listener, out JsonElement data, out _) ? data.GetRawText() : null);
    }

    /// <summary>Parses a response and, when it parsed, writes its data to the store.</summary>
    private OperationResult<T> Record<T>(GraphQLResponse response, string? key, Func<JsonElement, T> parseData, StoreListener? origin)
    {
        OperationResult<T> result = ResponseParser.ToResult(response, parseData);
        if (result.Data is not null && response.Root.TryGetProperty("data", out JsonElement data))
        {
            Store.Write(key, data, result.Errors, origin);
        }

        return result;
    }

    private bool TryReadCached<T>(
        string key,
        StoreListener listener,
        Func<JsonElement, T> parseData,
        [NotNullWhen(true)] out OperationResult<T>? result,
        out string? snapshot)
    {
        result = null;
        snapshot = null;
        if (!Store.TryRead(key, listener, out JsonElement data, out IReadOnlyList<ClientError> errors))
        {
            return false;
        }

        snapshot = data.GetRawText();
        return TryMaterialize(data, errors, parseData, out result);
    }

    private static bool TryMaterialize<T>(
        JsonElement data,
        IReadOnlyList<ClientError> errors,
        Func<JsonElement, T> parseData,
        [NotNullWhen(true)] out OperationResult<T>? result)
    {
        // A stored result the parser rejects counts as a cache miss: the network answer will replace it.
        if (ResponseParser.TryParseData(data, parseData, out T? parsed, out _) && parsed is not null)
        {
            result = new OperationResult<T>(parsed, errors, null, OperationResultSource.Cache);
            return true;
        }

        result = null;
        return false;
    }
}
