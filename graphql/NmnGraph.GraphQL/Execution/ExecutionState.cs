using NmnGraph.GraphQL.DataLoaders;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>The state of executing one operation: variables, collected errors and the request's services.</summary>
internal sealed partial class ExecutionState
{
    /// <summary>Marks a position whose error has not yet reached a nullable position (spec #sec-Handling-Execution-Errors).</summary>
    internal static readonly object Invalid = new();

    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxResultValues;
    private int _resultValues;

    public ExecutionState(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        ulong conditionMask,
        RequestExecutorOptions options,
        IServiceProvider? services,
        IDictionary<string, object?> contextData,
        CancellationToken cancellationToken)
    {
        Plan = plan;
        Schema = plan.Schema;
        Variables = variables;
        ConditionMask = conditionMask;
        Options = options;
        Services = services;
        ContextData = contextData;
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

    public IDictionary<string, object?> ContextData { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Counts one more value of the response (a field or a list item); past the limit, execution stops.</summary>
    public void CountResultValue()
    {
        if (_maxResultValues != int.MaxValue && Interlocked.Increment(ref _resultValues) > _maxResultValues)
        {
            throw new ResultLimitExceededException(_maxResultValues);
        }
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
        }
    }
}
