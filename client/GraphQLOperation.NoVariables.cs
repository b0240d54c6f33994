namespace NmnGraph.Client;

/// <summary>The base of a generated operation that declares no variables.</summary>
public abstract class GraphQLOperation<TData> : GraphQLOperation<GraphQLVariables, TData>
    where TData : class
{
    protected GraphQLOperation(OperationExecutor executor)
        : base(executor)
    {
    }

    public Task<OperationResult<TData>> ExecuteAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync(GraphQLVariables.Empty, cancellationToken);

    public IAsyncEnumerable<OperationResult<TData>> Watch(
        ExecutionStrategy strategy = ExecutionStrategy.CacheFirst,
        CancellationToken cancellationToken = default) =>
        Watch(GraphQLVariables.Empty, strategy, cancellationToken);

    public IAsyncEnumerable<OperationResult<TData>> SubscribeAsync(CancellationToken cancellationToken = default) =>
        SubscribeAsync(GraphQLVariables.Empty, cancellationToken);

    public bool TryGetCached([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OperationResult<TData>? result) =>
        TryGetCached(GraphQLVariables.Empty, out result);
}
