using System.Diagnostics;
using NmnGraph.GraphQL.Errors;

namespace NmnGraph.GraphQL.Diagnostics;

/// <summary>Starts the engine's spans and marks the failed ones; every method takes and returns null when nobody listens.</summary>
internal static class TelemetrySpans
{
    public const string ParseName = "GraphQL parse";
    public const string ValidateName = "GraphQL validate";
    public const string ExecuteName = "GraphQL execute";

    /// <summary>Exceptions recorded on one span at most (a failing list can fail every item).</summary>
    private const int MaxExceptionEvents = 10;

    public static Activity? StartParse() => Start(ParseName);

    public static Activity? StartValidate() => Start(ValidateName);

    public static Activity? StartExecute() => Start(ExecuteName);

    /// <summary>
    /// Marks <paramref name="activity"/> failed with the first of <paramref name="errors"/> (its code, else <paramref name="code"/>,
    /// as <c>error.type</c>); records the exceptions behind masked errors.
    /// </summary>
    public static void RecordErrors(Activity? activity, IReadOnlyList<GraphQLError> errors, string? code = null)
    {
        if (activity is null || errors.Count == 0)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, errors[0].Message);
        activity.SetTag(GraphQLTelemetry.ErrorTypeTag, errors[0].Code ?? code ?? ErrorType(errors));
        int recorded = 0;
        foreach (GraphQLError error in errors)
        {
            if (error.OriginalError is { } exception && recorded++ < MaxExceptionEvents)
            {
                activity.AddException(exception);
            }
        }
    }

    /// <summary>Marks <paramref name="activity"/> failed by an exception that ended it (cancellation, a bug).</summary>
    public static void RecordException(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.SetTag(GraphQLTelemetry.ErrorTypeTag, exception.GetType().FullName);
        activity.AddException(exception);
    }

    /// <summary>The <c>error.type</c> of a failed request: the first error's code, else OpenTelemetry's <c>_OTHER</c>.</summary>
    public static string ErrorType(IReadOnlyList<GraphQLError> errors) => errors.Count > 0 && errors[0].Code is { } code ? code : "_OTHER";

    private static Activity? Start(string name) =>
        GraphQLTelemetry.Source.HasListeners() ? GraphQLTelemetry.Source.StartActivity(name, ActivityKind.Internal) : null;
}
