using System.Diagnostics;
using NmnGraph.GraphQL.Diagnostics;

namespace NmnGraph.GraphQL.DataLoaders;

/// <summary>
/// Decides when the DataLoaders of one request send their batches: when no part of the executor is running
/// synchronously any more, i.e. every resolver that could start has started and the rest wait on a loader or
/// on I/O. The executor brackets each synchronous stretch of its work with <see cref="Enter"/>/<see cref="Exit"/>;
/// the last <see cref="Exit"/> dispatches every loader with queued keys. Batch results are delivered inside
/// another bracket, so the resolvers they unblock queue the next level's keys before that level is sent:
/// 50 articles → claims → studies is one batch per level.
/// </summary>
public sealed class BatchScheduler
{
    // Created on first use: most requests use no loader, and the executor makes a scheduler for each.
    private Lock? _lock;
    private List<IBatchDispatcher>? _pending;
    private int _pendingCount;
    private int _active;

    public BatchScheduler(CancellationToken cancellationToken = default)
    {
        CancellationToken = cancellationToken;
        TelemetryParent = BatchTelemetry.CaptureParent();
    }

    /// <summary>The span the batches belong to (the request's execute span), whichever thread sends them.</summary>
    internal Activity? TelemetryParent { get; }

    /// <summary>The request's token; batch functions receive it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Batches sent so far by all loaders of this scheduler.</summary>
    public int DispatchCount => Volatile.Read(ref _dispatchCount);

    private int _dispatchCount;

    /// <summary>Starts a stretch of work during which batches are held back.</summary>
    public void Enter() => Interlocked.Increment(ref _active);

    /// <summary>Ends a stretch of work; the last one to end sends the queued batches.</summary>
    public void Exit()
    {
        if (Interlocked.Decrement(ref _active) == 0 && Volatile.Read(ref _pendingCount) > 0)
        {
            DispatchPending();
        }
    }

    /// <summary>Sends every queued batch now (for hosts that use loaders outside the executor).</summary>
    public void Dispatch()
    {
        Enter();
        Exit();
    }

    /// <summary>Called by a loader when it queues the first key of a new batch.</summary>
    internal void Schedule(IBatchDispatcher loader)
    {
        lock (SyncRoot)
        {
            (_pending ??= []).Add(loader);
            _pendingCount = _pending.Count;
        }

        // Queued from outside any bracket (a resolver continuing after its own I/O): nobody else will
        // exit, so dispatch once the current synchronous work has had a chance to queue more keys.
        if (Volatile.Read(ref _active) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static scheduler => scheduler.Dispatch(), this, preferLocal: true);
        }
    }

    internal void CountDispatch() => Interlocked.Increment(ref _dispatchCount);

    private Lock SyncRoot => Volatile.Read(ref _lock) ?? Interlocked.CompareExchange(ref _lock, new Lock(), null) ?? _lock!;

    private void DispatchPending()
    {
        // Holding a bracket while sending means batches that complete synchronously cannot send the next
        // level before every loader of this level has been sent.
        Enter();
        try
        {
            List<IBatchDispatcher>? batch;
            lock (SyncRoot)
            {
                batch = _pending;
                _pending = null;
                _pendingCount = 0;
            }

            if (batch is null)
            {
                return;
            }

            foreach (IBatchDispatcher loader in batch)
            {
                loader.DispatchBatch();
            }
        }
        finally
        {
            Exit();
        }
    }
}
