namespace NmnGraph.GraphQL.Tests.DataLoader;

/// <summary>Records the keys of every batch a loader's batch function received.</summary>
internal sealed class BatchRecorder<TKey>
{
    private readonly List<IReadOnlyList<TKey>> _batches = [];

    public IReadOnlyList<IReadOnlyList<TKey>> Batches
    {
        get
        {
            lock (_batches)
            {
                return [.. _batches];
            }
        }
    }

    public void Record(IReadOnlyList<TKey> keys)
    {
        lock (_batches)
        {
            _batches.Add([.. keys]);
        }
    }
}
