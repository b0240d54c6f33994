namespace NmnGraph.Server.Api.Loading;

/// <summary>
/// A per-request DataLoader: each key is fetched at most once per request, and the keys asked for in one
/// round are fetched with one call of the batch function.
/// </summary>
public sealed class BatchLoader<TKey, TValue> : IBatchLoader
    where TKey : notnull
{
    private readonly RequestBatcher _batcher;
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private readonly Lock _gate = new();
    private List<(TKey Key, TaskCompletionSource<TValue?> Completion)> _queue = [];

    public BatchLoader(RequestBatcher batcher, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    {
        ArgumentNullException.ThrowIfNull(batcher);
        ArgumentNullException.ThrowIfNull(fetch);
        _batcher = batcher;
        _fetch = fetch;
    }

    /// <summary>The value for the key, or default when the batch function returned none for it.</summary>
    public Task<TValue?> LoadAsync(TKey key, CancellationToken cancellationToken)
    {
        bool first;
        Task<TValue?> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out Task<TValue?>? cached))
            {
                return cached;
            }

            // Continuations run inline when the batch completes, so that the resolvers they wake queue their
            // own keys before the pump looks for the next round.
            var completion = new TaskCompletionSource<TValue?>();
            _cache[key] = completion.Task;
            first = _queue.Count == 0;
            _queue.Add((key, completion));
            task = completion.Task;
        }

        if (!_batcher.IsPumped)
        {
            return DispatchThenAsync(task, cancellationToken);
        }

        if (first)
        {
            _batcher.Enqueue(this);
        }

        return task;
    }

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> batch;
        lock (_gate)
        {
            batch = _queue;
            _queue = [];
        }

        if (batch.Count == 0)
        {
            return;
        }

        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await _fetch([.. batch.Select(b => b.Key)], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            foreach ((_, TaskCompletionSource<TValue?> completion) in batch)
            {
                completion.TrySetException(exception);
            }

            return;
        }

        foreach ((TKey key, TaskCompletionSource<TValue?> completion) in batch)
        {
            completion.TrySetResult(values.TryGetValue(key, out TValue? value) ? value : default);
        }
    }

    private async Task<TValue?> DispatchThenAsync(Task<TValue?> task, CancellationToken cancellationToken)
    {
        await DispatchAsync(cancellationToken).ConfigureAwait(false);
        return await task.ConfigureAwait(false);
    }
}
