using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace NmnGraph.Client;

/// <summary>
/// The base of every generated operation. A generated operation supplies its document, name, kind and a parser for its
/// <c>data</c>; this class turns that into <see cref="ExecuteAsync"/>, <see cref="Watch"/>, <see cref="SubscribeAsync"/>
/// and <see cref="TryGetCached"/>. Register generated operations as singletons; they are thread-safe.
/// </summary>
/// <typeparam name="TVariables">The generated variables type (writes itself to JSON).</typeparam>
/// <typeparam name="TData">The generated result type of the operation's selection set.</typeparam>
public abstract class GraphQLOperation<TVariables, TData>
    where TVariables : IGraphQLVariables
    where TData : class
{
    private Func<JsonElement, TData>? _parse;

    protected GraphQLOperation(OperationExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(executor);
        Executor = executor;
    }

    /// <summary>The operation's name as in its <c>.graphql</c> file.</summary>
    public abstract string OperationName { get; }

    /// <summary>The document sent to the server: the operation and every fragment it uses.</summary>
    public abstract string Document { get; }

    public abstract OperationKind Kind { get; }

    protected OperationExecutor Executor { get; }

    private Func<JsonElement, TData> Parser => _parse ??= ParseData;

    /// <summary>Builds the request for <paramref name="variables"/>.</summary>
    public GraphQLRequest CreateRequest(TVariables variables) => new(Document, OperationName, variables);

    /// <summary>Runs a query or mutation once. Failures come back in <see cref="OperationResult{T}.Errors"/>.</summary>
    public Task<OperationResult<TData>> ExecuteAsync(TVariables variables, CancellationToken cancellationToken = default)
    {
        EnsureKind(OperationKind.Query, OperationKind.Mutation, nameof(ExecuteAsync));
        return Executor.ExecuteAsync(CreateRequest(variables), Kind, Parser, cancellationToken);
    }

    /// <summary>Watches a query: see <see cref="OperationExecutor.Watch{T}"/>.</summary>
    public IAsyncEnumerable<OperationResult<TData>> Watch(
        TVariables variables,
        ExecutionStrategy strategy = ExecutionStrategy.CacheFirst,
        CancellationToken cancellationToken = default)
    {
        EnsureKind(OperationKind.Query, OperationKind.Query, nameof(Watch));
        return Executor.Watch(CreateRequest(variables), Parser, strategy, cancellationToken);
    }

    /// <summary>Runs a subscription: one result per event until the server completes it or the caller cancels.</summary>
    public IAsyncEnumerable<OperationResult<TData>> SubscribeAsync(TVariables variables, CancellationToken cancellationToken = default)
    {
        EnsureKind(OperationKind.Subscription, OperationKind.Subscription, nameof(SubscribeAsync));
        return Executor.SubscribeAsync(CreateRequest(variables), Parser, cancellationToken);
    }

    /// <summary>The query's last result, re-read from the store, without a request (instant back-navigation).</summary>
    public bool TryGetCached(TVariables variables, [NotNullWhen(true)] out OperationResult<TData>? result)
    {
        EnsureKind(OperationKind.Query, OperationKind.Query, nameof(TryGetCached));
        return Executor.TryGetCached(CreateRequest(variables), Parser, out result);
    }

    /// <summary>
    /// Parses the response's <c>data</c> object. Generated code reads it with the
    /// <see cref="Serialization.JsonElementExtensions"/> helpers, which report shape mismatches with their path.
    /// </summary>
    protected abstract TData ParseData(JsonElement data);

    private void EnsureKind(OperationKind allowed, OperationKind alsoAllowed, string method)
    {
        if (Kind != allowed && Kind != alsoAllowed)
        {
            throw new InvalidOperationException($"{method} cannot run {OperationName}, which is a {Kind.ToString().ToLowerInvariant()}.");
        }
    }
}
