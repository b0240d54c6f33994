using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>A schema with its executor and HTTP options, as registered by <c>AddGraphQLServer</c>.</summary>
public sealed class GraphQLServer
{
    /// <summary>Serves <paramref name="schema"/> with an executor made from <paramref name="options"/> (validator, cache, limits).</summary>
    public GraphQLServer(Schema schema, GraphQLServerOptions options, bool includeExceptionDetails)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        IncludeExceptionDetails = includeExceptionDetails;
        DocumentCache = options.DocumentCacheCapacity > 0 ? new InMemoryDocumentCache(options.DocumentCacheCapacity) : null;
        Executor = new RequestExecutor(schema, new RequestExecutorOptions
        {
            Validator = new RequestLimitsValidator(options.Validator, options.MaxDepth, options.MaxFields, options.MaxAliases, options.MaxInputDepth),
            DocumentCache = DocumentCache,
            ParserOptions = options.MaxTokens is { } maxTokens ? new ParserOptions { MaxTokens = maxTokens } : null,
            IncludeExceptionDetails = includeExceptionDetails,
        });
    }

    /// <summary>
    /// Serves a host-made executor (e.g. one wrapped for batching). The HTTP limits of <paramref name="options"/> apply
    /// (body size, document length, execution timeout); validation, caching and the document limits are the
    /// executor's own (plug <see cref="RequestLimitsValidator"/> into its options for the latter).
    /// </summary>
    public GraphQLServer(IRequestExecutor executor, GraphQLServerOptions options, bool includeExceptionDetails)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        IncludeExceptionDetails = includeExceptionDetails;
        Executor = executor;
        DocumentCache = (executor as RequestExecutor)?.Options.DocumentCache as InMemoryDocumentCache;
    }

    public Schema Schema => Executor.Schema;

    public IRequestExecutor Executor { get; }

    public GraphQLServerOptions Options { get; }

    /// <summary>The executor's document cache (hit and miss counters included); null when there is none.</summary>
    public InMemoryDocumentCache? DocumentCache { get; }

    public bool IncludeExceptionDetails { get; }

    /// <summary>The documents automatic persisted queries registered.</summary>
    internal AutomaticPersistedQueryCache AutomaticPersistedQueries => _automaticPersistedQueries ??= new AutomaticPersistedQueryCache(Options.PersistedOperations.AutomaticPersistedQueryCapacity);

    private AutomaticPersistedQueryCache? _automaticPersistedQueries;

    /// <summary>The executor's document cache and parser options, when it is a <see cref="RequestExecutor"/>.</summary>
    internal IDocumentCache? ParseCache => (Executor as RequestExecutor)?.Options.DocumentCache;

    internal ParserOptions? ParserOptions => (Executor as RequestExecutor)?.Options.ParserOptions;

    /// <summary>Starts the deadline of one request (<see cref="GraphQLServerOptions.ExecutionTimeout"/>); dispose it when the request ends.</summary>
    public RequestDeadline StartDeadline(CancellationToken cancellationToken) => new(Options.ExecutionTimeout, cancellationToken);

    /// <summary>
    /// Runs a query or mutation under <paramref name="deadline"/>: its token cancels the work, and a resolver that
    /// ignores cancellation cannot hold the answer past it. Past the deadline the result is the one
    /// <c>EXECUTION_TIMEOUT</c> error, whatever the abandoned execution produced; a caller that gave up gets
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(deadline);
        Task<ExecutionResult> execution;
        try
        {
            execution = Executor.ExecuteAsync(request, deadline.Token);
        }
        catch (Exception) when (deadline.HasExpired)
        {
            return TimeoutResult(deadline);
        }

        try
        {
            ExecutionResult result = await execution.WaitAsync(deadline.Token).ConfigureAwait(false);
            return deadline.HasExpired && result.Stream is null ? TimeoutResult(deadline) : result;
        }
        catch (Exception) when (deadline.HasExpired)
        {
            // Observe whatever the cancelled execution ends with.
            _ = execution.ContinueWith(static task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return TimeoutResult(deadline);
        }
    }

    /// <summary>The answer to a request that ran out of time.</summary>
    public static ExecutionResult TimeoutResult(RequestDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        string limit = deadline.Timeout is { } timeout ? $" within {timeout.TotalMilliseconds:0} ms" : string.Empty;
        return ExecutionResult.FromError(new GraphQLError(
            $"The request did not finish{limit} and was cancelled.",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = GraphQLErrorCodes.ExecutionTimeout }));
    }
}
