using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>Executes GraphQL requests against one schema (spec #sec-Executing-Requests).</summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    /// <summary>
    /// Runs a query or mutation; for a subscription the result carries the response stream in
    /// <see cref="ExecutionResult.Stream"/>. Request errors are returned, never thrown; cancellation by
    /// <paramref name="cancellationToken"/> throws <see cref="OperationCanceledException"/>.
    /// </summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);

    /// <summary>Runs a subscription and yields one result per source event until the source ends or the token is cancelled.</summary>
    IAsyncEnumerable<ExecutionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}
