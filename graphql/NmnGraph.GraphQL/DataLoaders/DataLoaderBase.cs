using System.Diagnostics;
using NmnGraph.GraphQL.Diagnostics;

namespace NmnGraph.GraphQL.DataLoaders;

/// <summary>
/// The batching and per-request caching shared by <see cref="DataLoader{TKey, TValue}"/> and
/// <see cref="GroupDataLoader{TKey, TValue}"/>: keys asked for while the executor runs are collected,
/// sent together when the <see cref="BatchScheduler"/> says so, and each key is loaded at most once.
/// A failed batch fails every key in it (each resolver reports its own field error).
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IBatchDispatcher
    where TKey : notnull
{
    private readonly Dictionary<TKey, Task<TValue>> _cache;
    private readonly Lock _lock = new();
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> _queue = [];

    protected DataLoaderBase(BatchScheduler scheduler, int maxBatchSize, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBatchSize);
        Scheduler = scheduler;
        MaxBatchSize = maxBatchSize;
        _cache = new Dictionary<TKey, Task<TValue>>(comparer);
    }

    public BatchScheduler Scheduler { get; }

    /// <summary>The loader's name in traces (the span of each batch); set by the <c>ctx.DataLoader(name, …)</c> helpers.</summary>
    public string? Name { get; init; }

    /// <summary>The most keys one call of the batch function gets; 0 for no limit.</summary>
    public int MaxBatchSize { get; }

    /// <summary>How many times the batch function was called.</summary>
    public int BatchCount => Volatile.Read(ref _batchCount);

    private int _batchCount;

    /// <summary>The value for <paramref name="key"/>, loaded in the next batch unless this request already asked for it.</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        TaskCompletionSource<TValue> promise;
        bool firstInBatch;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out Task<TValue>? known))
            {
                return known;
            }

            // Continuations run inline when the batch completes, inside the scheduler's bracket, so that the
            // resolvers they unblock queue their keys before the next batch goes out.
            promise = new TaskCompletionSource<TValue>();
            _cache.Add(key, promise.Task);
            _queue.Add(new KeyValuePair<TKey, TaskCompletionSource<TValue>>(key, promise));
            firstInBatch = _queue.Count == 1;
        }

        if (firstInBatch)
        {
            Scheduler.Schedule(this);
        }

        return promise.Task;
    }

    /// <summary>The values of several keys, in the order of <paramref name="keys"/>.</summary>
    public async Task<IReadOnlyList<TValue>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Task<TValue>[] tasks = keys.Select(LoadAsync).ToArray();
        return tasks.Length == 0 ? [] : await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Puts a value in the per-request cache (e.g. an object another query already returned).</summary>
    public void Prime(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    /// <summary>Calls the batch function for <paramref name="keys"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the batch function did not return.</summary>
    protected abstract TValue ValueForMissingKey(TKey key);

    void IBatchDispatcher.DispatchBatch()
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> queued;
        lock (_lock)
        {
            queued = _queue;
            _queue = [];
        }

        int size = MaxBatchSize > 0 ? MaxBatchSize : Math.Max(queued.Count, 1);
        for (int start = 0; start < queued.Count; start += size)
        {
            Send(queued.GetRange(start, Math.Min(size, queued.Count - start)));
        }
    }

    private void Send(List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch)
    {
        if (Scheduler.CancellationToken.IsCancellationRequested)
        {
            // A request past its deadline sends nothing more: its waiting resolvers are told at once.
            Complete(batch, Task.FromCanceled<IReadOnlyDictionary<TKey, TValue>>(Scheduler.CancellationToken));
            return;
        }

        Interlocked.Increment(ref _batchCount);
        Scheduler.CountDispatch();
        var keys = new TKey[batch.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = batch[i].Key;
        }

        Activity? activity = BatchTelemetry.Start(Name, keys.Length, Scheduler.TelemetryParent, out Activity? previous);
        Task<IReadOnlyDictionary<TKey, TValue>> fetch;
        try
        {
            fetch = FetchAsync(keys, Scheduler.CancellationToken) ?? throw new InvalidOperationException("The batch function returned no task.");
        }
        catch (Exception exception)
        {
            fetch = Task.FromException<IReadOnlyDictionary<TKey, TValue>>(exception);
        }

        fetch = BatchTelemetry.Observe(fetch, activity, previous);

        if (fetch.IsCompleted)
        {
            Complete(batch, fetch);
        }
        else
        {
            fetch.ContinueWith(
                static (task, state) =>
                {
                    var (loader, entries) = ((DataLoaderBase<TKey, TValue>, List<KeyValuePair<TKey, TaskCompletionSource<TValue>>>))state!;
                    loader.Complete(entries, task);
                },
                (this, batch),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private void Complete(List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch, Task<IReadOnlyDictionary<TKey, TValue>> fetch)
    {
        // Awaiting continuations run inline only where no SynchronizationContext is current (a UI or test
        // framework context would queue them, and the next level would go out in pieces).
        SynchronizationContext? context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        Scheduler.Enter();
        try
        {
            if (fetch.IsCanceled)
            {
                foreach (KeyValuePair<TKey, TaskCompletionSource<TValue>> entry in batch)
                {
                    entry.Value.TrySetCanceled(Scheduler.CancellationToken.IsCancellationRequested ? Scheduler.CancellationToken : new CancellationToken(true));
                }

                return;
            }

            if (fetch.IsFaulted)
            {
                Exception error = fetch.Exception!.InnerExceptions.Count == 1 ? fetch.Exception.InnerExceptions[0] : fetch.Exception;
                foreach (KeyValuePair<TKey, TaskCompletionSource<TValue>> entry in batch)
                {
                    entry.Value.TrySetException(error);
                }

                return;
            }

            IReadOnlyDictionary<TKey, TValue> values = fetch.Result ?? new Dictionary<TKey, TValue>();
            foreach (KeyValuePair<TKey, TaskCompletionSource<TValue>> entry in batch)
            {
                entry.Value.TrySetResult(values.TryGetValue(entry.Key, out TValue? value) ? value : ValueForMissingKey(entry.Key));
            }
        }
        finally
        {
            Scheduler.Exit();
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }
}
