using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.Server.Api.Loading;

/// <summary>
/// Runs requests with a <see cref="RequestBatcher"/> pump: execution proceeds until every pending resolver
/// waits on a loader, then the loaders fetch their batches, and so on level by level. The number of SQL
/// statements of a query therefore depends on its shape, not on how many items it returns.
/// </summary>
public sealed class BatchingRequestExecutor : IRequestExecutor
{
    /// <summary>The <see cref="GraphQLRequest.ContextData"/> key of the request's batcher.</summary>
    public const string BatcherKey = "nmngraph.batcher";

    private readonly IRequestExecutor _inner;

    public BatchingRequestExecutor(IRequestExecutor inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    public Schema Schema => _inner.Schema;

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Batching relies on a completed batch resuming its resolvers inline, which .NET does only on a thread
        // without a synchronization context or custom scheduler (a UI thread, a test runner); leave those first.
        return SynchronizationContext.Current is null && TaskScheduler.Current == TaskScheduler.Default
            ? PumpAsync(request, cancellationToken)
            : Task.Run(() => PumpAsync(request, cancellationToken), cancellationToken);
    }

    private async Task<ExecutionResult> PumpAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        var batcher = new RequestBatcher(pumped: true);
        Task<ExecutionResult> execution = _inner.ExecuteAsync(WithBatcher(request, batcher), cancellationToken);
        while (!execution.IsCompleted)
        {
            if (batcher.HasPending)
            {
                await batcher.DispatchAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Task.WhenAny(execution, batcher.WaitForWorkAsync()).ConfigureAwait(false);
            }
        }

        // A subscription's events run after this returns, outside the pump: their loads are fetched one by one.
        batcher.EndPump();
        return await execution.ConfigureAwait(false);
    }

    public IAsyncEnumerable<ExecutionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _inner.SubscribeAsync(WithBatcher(request, new RequestBatcher(pumped: false)), cancellationToken);
    }

    private static GraphQLRequest WithBatcher(GraphQLRequest request, RequestBatcher batcher)
    {
        var data = new Dictionary<string, object?>(request.ContextData ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            [BatcherKey] = batcher,
        };
        return new GraphQLRequest
        {
            Query = request.Query,
            Document = request.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RootValue = request.RootValue,
            Services = request.Services,
            ContextData = data,
        };
    }
}
