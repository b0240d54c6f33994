using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// A GraphQL request (spec #sec-Execution): a document as text and/or parsed, the operation to run and the
/// variable values (JSON-shaped: null, bool, int, long, double, decimal, string,
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/>, <see cref="IReadOnlyList{T}"/>; see <see cref="JsonValues"/>).
/// </summary>
public sealed class GraphQLRequest
{
    public GraphQLRequest()
    {
    }

    public GraphQLRequest(string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null)
    {
        Query = query;
        Variables = variables;
        OperationName = operationName;
    }

    /// <summary>The document text; used when <see cref="Document"/> is null, and as the document cache key.</summary>
    public string? Query { get; init; }

    /// <summary>A document parsed beforehand; takes precedence over <see cref="Query"/>.</summary>
    public DocumentNode? Document { get; init; }

    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> entry (e.g. persisted query hashes); not interpreted by the executor.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Whether to report the operation's cost (<c>extensions.operationCost</c>), and whether to execute.</summary>
    public CostMode CostMode { get; init; }

    /// <summary>The initial value passed as parent to root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The services of the request scope, as resolvers see them in <see cref="IResolverContext.Services"/>.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>
    /// True when the caller only writes the result as JSON (<see cref="ExecutionResultWriter"/>) and does not read the
    /// values inside <see cref="ExecutionResult.Data"/>, as an HTTP server does: the executor may then write parts of the
    /// result as JSON while it executes, into pooled memory that <see cref="ExecutionResult.ReturnBuffers"/> gives back
    /// once the result is written.
    /// </summary>
    public bool ResultIsOnlyWritten { get; init; }

    /// <summary>Per-request state seeded by the host (user, API key…); a fresh dictionary when null.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }
}
