namespace NmnGraph.GraphQL.DataLoaders;

/// <summary>
/// A per-request batch loader of one value per key: <c>await loader.LoadAsync(id)</c> from any number of
/// resolvers becomes one call of the batch function per execution level. A key the batch function leaves out
/// loads as <c>default</c> (null).
/// </summary>
public sealed class DataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;

    public DataLoader(
        BatchScheduler scheduler,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        int maxBatchSize = 0,
        IEqualityComparer<TKey>? comparer = null)
        : base(scheduler, maxBatchSize, comparer)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _fetch = fetch;
    }

    protected override async Task<IReadOnlyDictionary<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<TKey, TValue> values = await _fetch(keys, cancellationToken).ConfigureAwait(false);
        return (IReadOnlyDictionary<TKey, TValue?>)(object)values;
    }

    protected override TValue? ValueForMissingKey(TKey key) => default;
}
