namespace NmnGraph.Server.Api.Loading;

/// <summary>
/// Collects the keys that a request's resolvers ask for and fetches them in batches. Under a pump
/// (<see cref="BatchingRequestExecutor"/>), loads wait until execution can go no further and are then fetched
/// together, one statement per loader and level of the query; without a pump each load is fetched at once.
/// </summary>
public sealed class RequestBatcher
{
    private readonly Lock _gate = new();
    private readonly List<IBatchLoader> _pending = [];
    private TaskCompletionSource? _workArrived;
    private volatile bool _pumped;

    public RequestBatcher(bool pumped)
    {
        _pumped = pumped;
    }

    /// <summary>True when a pump dispatches the batches; false to fetch each load immediately.</summary>
    public bool IsPumped => _pumped;

    /// <summary>Leaves pumped mode: later loads are fetched at once.</summary>
    public void EndPump() => _pumped = false;

    public bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>Called by a loader when its queue goes from empty to non-empty.</summary>
    internal void Enqueue(IBatchLoader loader)
    {
        TaskCompletionSource? signal;
        lock (_gate)
        {
            _pending.Add(loader);
            signal = _workArrived;
            _workArrived = null;
        }

        signal?.TrySetResult();
    }

    /// <summary>Completes when a loader has work (at once if one has).</summary>
    public Task WaitForWorkAsync()
    {
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                return Task.CompletedTask;
            }

            _workArrived ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _workArrived.Task;
        }
    }

    /// <summary>Fetches every queued batch; keys queued meanwhile (by the resolvers this wakes) wait for the next call.</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        IBatchLoader[] loaders;
        lock (_gate)
        {
            loaders = [.. _pending];
            _pending.Clear();
        }

        foreach (IBatchLoader loader in loaders)
        {
            await loader.DispatchAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
