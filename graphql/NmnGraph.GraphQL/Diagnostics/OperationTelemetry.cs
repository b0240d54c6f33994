using System.Diagnostics;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Diagnostics;

/// <summary>
/// One request as telemetry sees it: the operation span (the semantic conventions' GraphQL server span, named by
/// the operation type once it is known) with the parse, validate and execute spans inside it, and the metrics
/// recorded when the result is ready. <see cref="Start"/> returns null while nobody listens.
/// </summary>
internal sealed class OperationTelemetry
{
    public const string UnknownOperationName = "GraphQL Operation";

    private readonly long _started;
    private readonly Activity? _activity;
    private readonly OperationNameLabels? _names;
    private string _type = OperationMetrics.UnknownType;
    private string? _name;

    private OperationTelemetry(Activity? activity, OperationNameLabels? names, string? requestedName)
    {
        _started = Stopwatch.GetTimestamp();
        _activity = activity;
        _names = names;
        _name = requestedName;
    }

    /// <summary>True when spans or metrics are being recorded.</summary>
    public static bool IsEnabled => GraphQLTelemetry.Source.HasListeners() || OperationMetrics.Enabled;

    /// <summary>Starts the telemetry of <paramref name="request"/>; metrics tag it with a name from <paramref name="names"/>.</summary>
    public static OperationTelemetry? Start(GraphQLRequest request, OperationNameLabels names)
    {
        bool metrics = OperationMetrics.Enabled;
        Activity? activity = GraphQLTelemetry.Source.HasListeners()
            ? GraphQLTelemetry.Source.StartActivity(UnknownOperationName, ActivityKind.Internal)
            : null;
        if (activity is null && !metrics)
        {
            return null;
        }

        if (activity is { IsAllDataRequested: true } && request.Query is { } query)
        {
            activity.SetTag(GraphQLTelemetry.DocumentHashTag, DocumentHash.Sha256(query));
        }

        return new OperationTelemetry(activity, metrics ? names : null, request.OperationName);
    }

    /// <summary>The operation the request runs is known: name the span after its type and tag both.</summary>
    public void Planned(OperationDefinitionNode operation)
    {
        _type = TypeName(operation);
        _name = operation.Name?.Value;
        if (_activity is not null)
        {
            _activity.DisplayName = _type;
            _activity.SetTag(GraphQLTelemetry.OperationTypeTag, _type);
            if (_name is not null)
            {
                _activity.SetTag(GraphQLTelemetry.OperationNameTag, _name);
            }
        }
    }

    public void Complete(ExecutionResult result)
    {
        TelemetrySpans.RecordErrors(_activity, result.Errors);
        Finish(result.Errors.Count > 0 ? TelemetrySpans.ErrorType(result.Errors) : null);
    }

    public void Fail(Exception exception)
    {
        TelemetrySpans.RecordException(_activity, exception);
        Finish(exception is OperationCanceledException ? "cancelled" : exception.GetType().FullName);
    }

    private void Finish(string? errorType)
    {
        _activity?.Dispose();
        if (_names is not null)
        {
            OperationMetrics.Record(_type, _names.For(_name), Stopwatch.GetElapsedTime(_started).TotalSeconds, errorType);
        }
    }

    /// <summary>A start time for <see cref="RecordMetrics"/>; 0 while nobody records the metrics.</summary>
    public static long MetricsTimestamp() => OperationMetrics.Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Records the metrics of a request that has no operation span (one subscribed to as a stream).</summary>
    public static void RecordMetrics(long started, OperationNameLabels names, OperationDefinitionNode? operation, string? requestedName, ExecutionResult? refused) =>
        OperationMetrics.Record(
            operation is null ? OperationMetrics.UnknownType : TypeName(operation),
            names.For(operation is null ? requestedName : operation.Name?.Value),
            Stopwatch.GetElapsedTime(started).TotalSeconds,
            refused is { Errors.Count: > 0 } ? TelemetrySpans.ErrorType(refused.Errors) : null);

    private static string TypeName(OperationDefinitionNode operation) => operation.Operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
