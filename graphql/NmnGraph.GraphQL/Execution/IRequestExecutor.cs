using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
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

    /// <summary>
    /// The type of the operation <paramref name="query"/> would run (spec #GetOperation()), so a transport can apply
    /// its rules (no mutation over GET, subscriptions as streams) without parsing on its own; null when the document
    /// does not parse or names no single operation (executing it reports why).
    /// </summary>
    OperationType? GetOperationType(string query, string? operationName) => OperationTypes.Find(Parse(query), operationName);

    private static DocumentNode? Parse(string query)
    {
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLException)
        {
            return null;
        }
    }
}
