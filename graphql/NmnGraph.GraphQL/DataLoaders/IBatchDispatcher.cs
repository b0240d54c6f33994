namespace NmnGraph.GraphQL.DataLoaders;

/// <summary>A loader with queued keys, as the <see cref="BatchScheduler"/> sees it.</summary>
internal interface IBatchDispatcher
{
    /// <summary>Sends the queued keys as one batch (or several, when a maximum batch size is set).</summary>
    void DispatchBatch();
}
