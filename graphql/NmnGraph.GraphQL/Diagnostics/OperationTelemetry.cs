using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
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
    private readonly bool _metrics;
    private string _type = OperationMetrics.UnknownType;
    private string? _name;

    private OperationTelemetry(Activity? activity, bool metrics, string? requestedName)
    {
        _started = Stopwatch.GetTimestamp();
        _activity = activity;
        _metrics = metrics;
        _name = requestedName;
    }

    /// <summary>True when spans or metrics are being recorded.</summary>
    public static bool IsEnabled => GraphQLTelemetry.Source.HasListeners() || OperationMetrics.Enabled;

    public static OperationTelemetry? Start(GraphQLRequest request)
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
            activity.SetTag(GraphQLTelemetry.DocumentHashTag, Sha256Hex(query));
        }

        return new OperationTelemetry(activity, metrics, request.OperationName);
    }

    /// <summary>The operation the request runs is known: name the span after its type and tag both.</summary>
    public void Planned(OperationDefinitionNode operation)
    {
        _type = operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
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
        if (_metrics)
        {
            OperationMetrics.Record(_type, OperationNameLabels.Shared.For(_name), Stopwatch.GetElapsedTime(_started).TotalSeconds, errorType);
        }
    }

    private static string Sha256Hex(string text)
    {
        int length = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[] rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            int written = Encoding.UTF8.GetBytes(text, rented);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(rented.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
