using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;

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
            Validator = new RequestLimitsValidator(WithCostLimits(options), options.MaxDepth, options.MaxFields, options.MaxAliases, options.MaxInputDepth),
            DocumentCache = DocumentCache,
            Cost = options.Cost,
            MaxResultValues = options.MaxResultValues,
            ParserOptions = options.MaxTokens is { } maxTokens ? new ParserOptions { MaxTokens = maxTokens } : null,
            IncludeExceptionDetails = includeExceptionDetails,
        });
    }

    /// <summary>The specified rules with the cost limits as one more rule; a custom validator is kept as it is (the executor still checks the limits).</summary>
    private static IDocumentValidator WithCostLimits(GraphQLServerOptions options) =>
        ReferenceEquals(options.Validator, DocumentValidator.Default) && options.Cost is { } cost
            ? new DocumentValidator(new ValidationOptions { Rules = SpecifiedRules.WithCostLimits(cost) })
            : options.Validator;

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

    /// <summary>
    /// The checks a document gets before parsing, for hosts that run requests without HTTP (the same as over HTTP):
    /// present, and no longer than <see cref="GraphQLServerOptions.MaxDocumentLength"/>; null when it passes.
    /// </summary>
    public GraphQLError? CheckDocument(string? query) => GraphQLHttpHandler.CheckDocument(query, Options)?.ToError();

    /// <summary>
    /// Reads a JSON object of variable values under the same rules as a <c>variables</c> parameter over HTTP (valid
    /// UTF-8, no unpaired surrogate escapes, the input nesting limit); null or empty text is no variables.
    /// </summary>
    public (IReadOnlyDictionary<string, object?>? Variables, GraphQLError? Error) ReadVariables(string? json)
    {
        (IReadOnlyDictionary<string, object?>? variables, HttpFailure? failure) = GraphQLHttpHandler.ReadJsonObjectParameter(json, "variables", Options);
        return (variables, failure?.ToError());
    }

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
        // Started inline: the executor checks the deadline before each field and list item and the store interrupts its
        // statements at it, so synchronous work ends at the deadline too; most requests complete right here.
        Task<ExecutionResult> execution = Executor.ExecuteAsync(request, deadline.Token);
        if (execution.IsCompletedSuccessfully)
        {
            ExecutionResult completed = execution.Result;
            return deadline.HasExpired && completed.Stream is null ? TimeoutResult(deadline) : completed;
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
        return ExecutionResult.FromError(new GraphQLError(
            deadline.Timeout is { } timeout ? ErrorMessages.ExecutionTimedOut(timeout) : "The request was cancelled.",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = GraphQLErrorCodes.ExecutionTimeout }));
    }
}
