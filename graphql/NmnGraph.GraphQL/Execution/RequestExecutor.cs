using NmnGraph.GraphQL.Diagnostics;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation.Cost;
using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// The request pipeline: parse (or take the cached document) → validate (<see cref="RequestExecutorOptions.Validator"/>)
/// → select the operation → coerce variables → execute (spec §6) → <see cref="ExecutionResult"/>.
/// </summary>
public sealed partial class RequestExecutor : IRequestExecutor
{
    /// <summary>The <c>extensions</c> entry that reports an operation's cost (HotChocolate's name).</summary>
    public const string OperationCostKey = "operationCost";

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? new RequestExecutorOptions();
    }

    public Schema Schema { get; }

    public RequestExecutorOptions Options { get; }

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OperationTelemetry.IsEnabled ? ExecuteObservedAsync(request, cancellationToken) : ExecuteCoreAsync(request, null, cancellationToken);
    }

    private async Task<ExecutionResult> ExecuteCoreAsync(GraphQLRequest request, OperationTelemetry? telemetry, CancellationToken cancellationToken)
    {
        Prepared prepared = Prepare(request, telemetry);
        if (prepared.Error is not null)
        {
            return prepared.Error;
        }

        OperationPlan plan = prepared.Plan!;
        if (request.CostMode == CostMode.Validate && prepared.Cost is { } validated)
        {
            return ExecutionResult.FromExtensions(new Dictionary<string, object?>(StringComparer.Ordinal) { [OperationCostKey] = validated.ToExtension() });
        }

        if (plan.Operation.Operation == OperationType.Subscription)
        {
            return ExecutionResult.FromStream(SubscribeCore(prepared, request, cancellationToken));
        }

        ExecutionResult result = await ExecuteTracedAsync(prepared, request, cancellationToken).ConfigureAwait(false);
        return request.CostMode == CostMode.Report && prepared.Cost is { } cost
            ? result.WithExtension(OperationCostKey, cost.ToExtension())
            : result;
    }

    private async Task<ExecutionResult> ExecuteOperationAsync(Prepared prepared, GraphQLRequest request, CancellationToken cancellationToken)
    {
        OperationPlan plan = prepared.Plan!;

        using CancellationTokenSource? timeout = CreateTimeout(cancellationToken, out CancellationToken token);
        var state = CreateState(prepared, request, token);
        SelectionPlan root = plan.GetRootPlan(state.ConditionMask);
        ValueTask<object?> execution;
        state.Batching.Enter();
        try
        {
            execution = plan.Operation.Operation == OperationType.Mutation
                ? state.ExecuteSelectionSeriallyAsync(root, request.RootValue)
                : state.ExecuteSelectionAsync(root, request.RootValue, null);
        }
        finally
        {
            state.Batching.Exit();
        }

        object? data = execution.IsCompletedSuccessfully ? execution.Result
            : token.CanBeCanceled ? await UntilCancelledAsync(execution, token).ConfigureAwait(false)
            : await execution.ConfigureAwait(false);

        if (ReferenceEquals(data, ExecutionState.Stopped))
        {
            return StoppedResult(state, cancellationToken);
        }

        return ExecutionResult.FromData(ReferenceEquals(data, ExecutionState.Invalid) ? null : (ResultMap?)data, state.Errors, state.JsonBuffer);
    }

    /// <summary>
    /// The execution's value, or <see cref="ExecutionState.Stopped"/> as soon as <paramref name="token"/> is cancelled:
    /// past the deadline nobody waits for the rest, so a resolver that ignores cancellation cannot hold the answer.
    /// </summary>
    private static async Task<object?> UntilCancelledAsync(ValueTask<object?> execution, CancellationToken token)
    {
        Task<object?> waiting = execution.AsTask().WaitAsync(token);
        await ((Task)waiting).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return waiting.IsCanceled && token.IsCancellationRequested ? ExecutionState.Stopped : await waiting.ConfigureAwait(false);
    }

    /// <summary>
    /// The answer of an execution that stopped: the response limit, else the timeout; a caller that gave up gets
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    private ExecutionResult StoppedResult(ExecutionState state, CancellationToken cancellationToken)
    {
        if (state.ResultLimitExceeded)
        {
            return ResultLimitResult(state.MaxResultValues);
        }

        if (cancellationToken.IsCancellationRequested || Options.ExecutionTimeout is not { } limit)
        {
            throw new OperationCanceledException(cancellationToken);
        }

        return ExecutionResult.FromError(new GraphQLError(
            ErrorMessages.ExecutionTimedOut(limit),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = RequestErrorCodes.ExecutionTimeout }));
    }

    public IAsyncEnumerable<ExecutionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        long started = OperationTelemetry.MetricsTimestamp();
        Prepared prepared = Prepare(request);
        if (prepared.Error is not null)
        {
            CountSubscribe(started, request, null, prepared.Error);
            return Single(prepared.Error);
        }

        if (prepared.Plan!.Operation.Operation != OperationType.Subscription)
        {
            return ExecuteAsStream(request, cancellationToken);
        }

        CountSubscribe(started, request, prepared.Plan.Operation, null);
        return SubscribeCore(prepared, request, cancellationToken);
    }

    private async IAsyncEnumerable<ExecutionResult> ExecuteAsStream(GraphQLRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return await ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<ExecutionResult> Single(ExecutionResult result)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return result;
    }

    private CancellationTokenSource? CreateTimeout(CancellationToken cancellationToken, out CancellationToken token)
    {
        if (Options.ExecutionTimeout is not { } timeout)
        {
            token = cancellationToken;
            return null;
        }

        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(timeout);
        token = source.Token;
        return source;
    }

    private ExecutionState CreateState(Prepared prepared, GraphQLRequest request, CancellationToken token) => new(
        prepared.Plan!,
        prepared.Variables!,
        prepared.Plan!.GetConditionMask(prepared.Variables!),
        Options,
        request.Services,
        request.ContextData,
        token)
    {
        WritesJson = request.ResultIsOnlyWritten,
    };

    /// <summary>Everything before execution; any failure here is a request error (no data).</summary>
    private Prepared Prepare(GraphQLRequest request, OperationTelemetry? telemetry = null)
    {
        CachedDocument? cached = null;
        DocumentNode? document = request.Document;
        if (document is null)
        {
            if (string.IsNullOrEmpty(request.Query))
            {
                return new Prepared(ExecutionResult.FromError(RequestErrorCodes.WithCode(new GraphQLError(ErrorMessages.MustProvideDocument()), RequestErrorCodes.BadRequest)));
            }

            if (Options.DocumentCache is { } cache && cache.TryGetDocument(request.Query, out cached))
            {
                document = cached.Document;
            }
            else
            {
                try
                {
                    ParseDocument(request.Query, ref document);
                }
                catch (GraphQLException exception)
                {
                    return new Prepared(ExecutionResult.FromErrors(RequestErrorCodes.WithCode(exception.Errors, RequestErrorCodes.ParseFailed)));
                }

                if (document is null)
                {
                    return new Prepared(ExecutionResult.FromError(RequestErrorCodes.WithCode(new GraphQLError(ErrorMessages.MustProvideDocument()), RequestErrorCodes.BadRequest)));
                }

                if (Options.DocumentCache is { } documentCache)
                {
                    cached = new CachedDocument(document);
                    documentCache.SetDocument(request.Query, cached);
                }
            }
        }

        if (cached is null || !cached.IsValidatedFor(Schema))
        {
            IReadOnlyList<GraphQLError> validationErrors = ValidateDocument(document);
            if (validationErrors.Count > 0)
            {
                return new Prepared(ExecutionResult.FromErrors(RequestErrorCodes.WithCode(validationErrors, RequestErrorCodes.ValidationFailed)));
            }

            if (cached is not null)
            {
                cached.MarkValidated(Schema);
            }
        }

        string planKey = request.OperationName ?? string.Empty;
        OperationPlan? plan = null;
        if (cached is not null && cached.Plans.TryGetValue(planKey, out OperationPlan? cachedPlan) && ReferenceEquals(cachedPlan.Schema, Schema))
        {
            plan = cachedPlan;
        }
        else
        {
            plan = OperationPlan.TryCreate(Schema, document, request.OperationName, out GraphQLError? operationError);
            if (plan is null)
            {
                return new Prepared(ExecutionResult.FromError(RequestErrorCodes.WithCode(operationError!, RequestErrorCodes.OperationResolutionFailure)));
            }

            cached?.Plans.TryAdd(planKey, plan);
        }

        telemetry?.Planned(plan.Operation);

        if (Options.MaxExecutionDepth is { } maxDepth && plan.Depth > maxDepth)
        {
            return new Prepared(ExecutionResult.FromError(new GraphQLError(
                ErrorMessages.MaxDepthExceeded(plan.Depth, maxDepth),
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = "MAX_DEPTH_EXCEEDED" })));
        }

        var variableErrors = new List<GraphQLError>();
        Dictionary<string, object?> variables = ValueCoercion.CoerceVariableValues(Schema, plan.Operation, request.Variables, variableErrors);
        if (variableErrors.Count > 0)
        {
            return new Prepared(ExecutionResult.FromErrors(RequestErrorCodes.WithCode(variableErrors, RequestErrorCodes.BadUserInput)));
        }

        OperationCost? cost = null;
        if (Options.Cost is { } costOptions)
        {
            // Only the operation that runs is costed (as HotChocolate does): a document may hold others.
            CostAnalysis analysis = plan.GetCost(costOptions, variables);
            IReadOnlyList<GraphQLError> costErrors = CostLimitsRule.Check(analysis, plan.Operation, costOptions);
            if (costErrors.Count > 0)
            {
                ExecutionResult refused = ExecutionResult.FromErrors(costErrors);
                return new Prepared(request.CostMode == CostMode.None ? refused : refused.WithExtension(OperationCostKey, analysis.Cost.ToExtension()));
            }

            cost = analysis.Cost;
        }

        return new Prepared(plan, variables) { Cost = cost };
    }

    /// <summary>Execution started but stopped when the response grew too large: no partial data, one error.</summary>
    private static ExecutionResult ResultLimitResult(int limit) => ExecutionResult.FromData(null, [new GraphQLError(
        ErrorMessages.ResultLimitExceeded(limit),
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = RequestErrorCodes.ResultLimitExceeded, ["maxResultValues"] = limit })]);

    /// <summary>Parses the document text with the language parser.</summary>
    private partial void ParseDocument(string query, ref DocumentNode? document);

    private sealed class Prepared
    {
        public Prepared(ExecutionResult error) => Error = error;

        public Prepared(OperationPlan plan, Dictionary<string, object?> variables)
        {
            Plan = plan;
            Variables = variables;
        }

        public ExecutionResult? Error { get; }

        public OperationPlan? Plan { get; }

        public Dictionary<string, object?>? Variables { get; }

        /// <summary>The operation's cost when <see cref="RequestExecutorOptions.Cost"/> is set.</summary>
        public OperationCost? Cost { get; init; }
    }
}
