namespace NmnGraph.GraphQL.DataLoaders;

/// <summary>
/// A per-request batch loader of a list per key (e.g. the claims of each article): one call of the batch
/// function per execution level; a key the batch function leaves out loads as an empty list.
/// </summary>
public sealed class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> _fetch;

    public GroupDataLoader(
        BatchScheduler scheduler,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> fetch,
        int maxBatchSize = 0,
        IEqualityComparer<TKey>? comparer = null)
        : base(scheduler, maxBatchSize, comparer)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _fetch = fetch;
    }

    protected override Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _fetch(keys, cancellationToken);

    protected override IReadOnlyList<TValue> ValueForMissingKey(TKey key) => [];
}
