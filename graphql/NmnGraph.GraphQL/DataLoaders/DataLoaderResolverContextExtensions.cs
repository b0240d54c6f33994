using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.DataLoaders;

/// <summary>
/// Per-request DataLoaders from a resolver:
/// <c>ctx.DataLoader&lt;long, Article&gt;("articlesById", fetch).LoadAsync(id)</c>. The first call in a request
/// creates the loader under that name; later calls (from any resolver of the same request) get the same one.
/// </summary>
public static class DataLoaderResolverContextExtensions
{
    private const string SchedulerKey = "NmnGraph.DataLoaders.BatchScheduler";
    private const string LoaderKeyPrefix = "NmnGraph.DataLoaders.";

    /// <summary>The request's batch scheduler, which the executor drives.</summary>
    public static BatchScheduler BatchScheduler(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context is ResolverContext executorContext
            ? executorContext.Batching
            : context.GetOrAddRequestItem(SchedulerKey, _ => new BatchScheduler(context.RequestAborted));
    }

    /// <summary>The request's loader named <paramref name="name"/>, created with <paramref name="fetch"/> on first use.</summary>
    public static DataLoader<TKey, TValue> DataLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        int maxBatchSize = 0)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(name);
        return context.GetOrAddRequestItem(LoaderKeyPrefix + name, _ => new DataLoader<TKey, TValue>(context.BatchScheduler(), fetch, maxBatchSize) { Name = name });
    }

    /// <summary>The request's group loader named <paramref name="name"/>, created with <paramref name="fetch"/> on first use.</summary>
    public static GroupDataLoader<TKey, TValue> GroupDataLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> fetch,
        int maxBatchSize = 0)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(name);
        return context.GetOrAddRequestItem(LoaderKeyPrefix + name, _ => new GroupDataLoader<TKey, TValue>(context.BatchScheduler(), fetch, maxBatchSize) { Name = name });
    }

    /// <summary>
    /// The request's loader of type <typeparamref name="TLoader"/> (e.g. a subclass of
    /// <see cref="DataLoaderBase{TKey, TValue}"/> with its own batch function), made by <paramref name="factory"/> on first use.
    /// </summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context, Func<BatchScheduler, TLoader> factory)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(factory);
        return context.GetOrAddRequestItem(LoaderKeyPrefix + typeof(TLoader).FullName, _ => factory(context.BatchScheduler()));
    }
}
