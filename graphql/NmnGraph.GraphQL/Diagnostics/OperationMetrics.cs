using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NmnGraph.GraphQL.Diagnostics;

/// <summary>
/// The engine's instruments, on the <see cref="GraphQLTelemetry.Name"/> meter, tagged with the operation's type and
/// (bounded, see <see cref="OperationNameLabels"/>) name. A request counts once, whatever transport ran it.
/// </summary>
internal static class OperationMetrics
{
    public const string RequestsName = "nmngraph.graphql.requests";
    public const string DurationName = "nmngraph.graphql.request.duration";
    public const string ErrorsName = "nmngraph.graphql.errors";

    /// <summary>The tag of a request whose operation could not be determined (it did not parse or validate).</summary>
    public const string UnknownType = "unknown";

    private static readonly Counter<long> s_requests = GraphQLTelemetry.Meter.CreateCounter<long>(
        RequestsName, "{request}", "GraphQL requests the engine ran, including refused ones.");

    private static readonly Histogram<double> s_duration = GraphQLTelemetry.Meter.CreateHistogram(
        DurationName, "s", "From receiving a request to its result: parse, validate, execute.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    private static readonly Counter<long> s_errors = GraphQLTelemetry.Meter.CreateCounter<long>(
        ErrorsName, "{request}", "GraphQL requests whose result has errors (request errors or field errors), by the first error's code.");

    /// <summary>True when some listener records any of the instruments.</summary>
    public static bool Enabled => s_requests.Enabled || s_duration.Enabled || s_errors.Enabled;

    public static void Record(string type, string name, double seconds, string? errorType)
    {
        var tags = new TagList
        {
            { GraphQLTelemetry.OperationTypeTag, type },
            { GraphQLTelemetry.OperationNameTag, name },
        };
        s_requests.Add(1, tags);
        s_duration.Record(seconds, tags);
        if (errorType is not null)
        {
            tags.Add(GraphQLTelemetry.ErrorTypeTag, errorType);
            s_errors.Add(1, tags);
        }
    }
}
