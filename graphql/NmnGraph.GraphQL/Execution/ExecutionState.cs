using NmnGraph.GraphQL.DataLoaders;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>The state of executing one operation: variables, collected errors and the request's services.</summary>
internal sealed partial class ExecutionState
{
    /// <summary>Marks a position whose error has not yet reached a nullable position (spec #sec-Handling-Execution-Errors).</summary>
    internal static readonly object Invalid = new();

    /// <summary>
    /// Marks a position whose work stopped because nobody will read the result: the request was cancelled or the
    /// response is full. It passes up to the root without building anything and without an exception per field.
    /// </summary>
    internal static readonly object Stopped = new();

    private readonly List<GraphQLError> _errors = [];
    private int _errorCount;
    private IDictionary<string, object?>? _contextData;
    private readonly int _maxResultValues;
    private int _resultValues;
    private volatile bool _resultLimitExceeded;

    public ExecutionState(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        ulong conditionMask,
        RequestExecutorOptions options,
        IServiceProvider? services,
        IDictionary<string, object?>? contextData,
        CancellationToken cancellationToken)
    {
        Plan = plan;
        Schema = plan.Schema;
        Variables = variables;
        ConditionMask = conditionMask;
        Options = options;
        Services = services;
        _contextData = contextData;
        CancellationToken = cancellationToken;
        Batching = new BatchScheduler(cancellationToken);
        _maxResultValues = options.MaxResultValues ?? int.MaxValue;
    }

    /// <summary>Sends the request's DataLoader batches when the executor has nothing left to start.</summary>
    public BatchScheduler Batching { get; }

    public OperationPlan Plan { get; }

    public Schema Schema { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public ulong ConditionMask { get; }

    public RequestExecutorOptions Options { get; }

    public IServiceProvider? Services { get; }

    /// <summary>The request's own data; made on first use when the request brought none (most never use it).</summary>
    public IDictionary<string, object?> ContextData =>
        Volatile.Read(ref _contextData)
        ?? Interlocked.CompareExchange(ref _contextData, new Dictionary<string, object?>(StringComparer.Ordinal), null)
        ?? _contextData!;

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            // Most executions have no error: answer without taking the lock or copying.
            if (Volatile.Read(ref _errorCount) == 0)
            {
                return [];
            }

            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>The most values a response may hold (<see cref="RequestExecutorOptions.MaxResultValues"/>).</summary>
    public int MaxResultValues => _maxResultValues;

    /// <summary>True once the response went past <see cref="MaxResultValues"/>.</summary>
    public bool ResultLimitExceeded => _resultLimitExceeded;

    /// <summary>True once the rest of the result will not be read: the request was cancelled or the response is full.</summary>
    public bool IsStopped => _resultLimitExceeded || CancellationToken.IsCancellationRequested;

    /// <summary>
    /// Starts one more value of the response (a field or a list item): false, and from then on <see cref="IsStopped"/>,
    /// when the request is cancelled or the value would go past the limit.
    /// </summary>
    public bool TryStartValue()
    {
        if (IsStopped)
        {
            return false;
        }

        if (_maxResultValues != int.MaxValue && Interlocked.Increment(ref _resultValues) > _maxResultValues)
        {
            _resultLimitExceeded = true;
            return false;
        }

        return true;
    }

    /// <summary>Records a field error at a response position (spec #sec-Errors.Field-Errors).</summary>
    public void ReportError(Exception exception, PlannedField field, ResponsePath path)
    {
        IReadOnlyList<object> pathList = path.ToList();
        if (exception is GraphQLException graphQLException)
        {
            foreach (GraphQLError error in graphQLException.Errors)
            {
                Add(new GraphQLError(error.Message, error.Locations ?? field.Locations, pathList, error.Extensions));
            }

            return;
        }

        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = "INTERNAL_SERVER_ERROR" };
        if (Options.IncludeExceptionDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
            };
        }

        Add(new GraphQLError(ErrorMessages.UnexpectedExecutionError(), field.Locations, pathList, extensions) { OriginalError = exception });
    }

    public void ReportError(string message, PlannedField field, ResponsePath path) =>
        Add(new GraphQLError(message, field.Locations, path.ToList()));

    private void Add(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
            Volatile.Write(ref _errorCount, _errors.Count);
        }
    }
}
