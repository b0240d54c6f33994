using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// Ties each masked error to a log line: the exception is logged at Error with the request id, the operation and
/// the path, and the client's error carries the same <c>extensions.requestId</c> (plus <c>extensions.traceId</c>,
/// the W3C trace id, when an <see cref="Activity"/> is current). Exceptions the host recognizes as
/// <see cref="UnavailableFailure"/>s get that failure's code and message instead of the masked default.
/// </summary>
internal static partial class MaskedErrors
{
    public const string RequestIdKey = "requestId";
    public const string TraceIdKey = "traceId";

    /// <summary>Logs and annotates the masked errors of <paramref name="result"/>; returns the result to send and the unavailability it reports, if any.</summary>
    public static (ExecutionResult Result, UnavailableFailure? Unavailable) Report(HttpContext context, GraphQLServer server, string? operationName, ExecutionResult result)
    {
        if (!AnyMasked(result.Errors))
        {
            return (result, null);
        }

        UnavailableFailure? unavailable = null;
        var errors = new List<GraphQLError>(result.Errors.Count);
        foreach (GraphQLError error in result.Errors)
        {
            if (error.OriginalError is not { } exception)
            {
                errors.Add(error);
                continue;
            }

            (GraphQLError reported, UnavailableFailure? failure) = Report(context, server, operationName, exception, error);
            errors.Add(reported);
            unavailable = Longer(unavailable, failure);
        }

        return (result.WithErrors(errors), unavailable);
    }

    /// <summary>Whether any error hides an exception (an indexed loop: this runs for every response).</summary>
    public static bool AnyMasked(IReadOnlyList<GraphQLError> errors)
    {
        for (int i = 0; i < errors.Count; i++)
        {
            if (errors[i].OriginalError is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Logs <paramref name="exception"/> and returns the error the client sees in place of <paramref name="masked"/>.</summary>
    public static (GraphQLError Error, UnavailableFailure? Unavailable) Report(HttpContext context, GraphQLServer server, string? operationName, Exception exception, GraphQLError masked)
    {
        UnavailableFailure? failure = server.Options.DetectUnavailable?.Invoke(exception, context);
        string requestId = context.TraceIdentifier;
        string? traceId = CurrentTraceId();
        string path = masked.Path is null ? "(none)" : FormatPath(masked.Path);
        string code = failure?.Code ?? masked.Code ?? GraphQLErrorCodes.InternalServerError;
        LogMasked(LoggerFor(context), exception, code, requestId, traceId ?? "(none)", operationName ?? "(anonymous)", path);

        var extensions = masked.Extensions is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(masked.Extensions, StringComparer.Ordinal);
        extensions["code"] = code;
        extensions[RequestIdKey] = requestId;
        if (traceId is not null)
        {
            extensions[TraceIdKey] = traceId;
        }

        string message = failure?.Message ?? masked.Message;
        return (new GraphQLError(message, masked.Locations, masked.Path, extensions) { OriginalError = exception }, failure);
    }

    /// <summary>Sets the 503 and <c>Retry-After</c> of a response that reports <paramref name="unavailable"/> with no data.</summary>
    public static int ApplyUnavailable(HttpResponse response, UnavailableFailure unavailable)
    {
        if (unavailable.RetryAfter is { } wait)
        {
            response.Headers.RetryAfter = ((long)Math.Ceiling(Math.Max(wait.TotalSeconds, 1))).ToString(CultureInfo.InvariantCulture);
        }

        return StatusCodes.Status503ServiceUnavailable;
    }

    /// <summary>The W3C trace id of the current activity (the <c>trace-id</c> part of a <c>traceparent</c> header), or null.</summary>
    private static string? CurrentTraceId() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.TraceId.ToHexString() : null;

    private static UnavailableFailure? Longer(UnavailableFailure? a, UnavailableFailure? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        // A failure that waiting cannot cure outweighs one that it can; otherwise ask for the longer wait.
        if (a.RetryAfter is null || b.RetryAfter is null)
        {
            return a.RetryAfter is null ? a : b;
        }

        return a.RetryAfter >= b.RetryAfter ? a : b;
    }

    private static string FormatPath(IReadOnlyList<object> path) =>
        string.Join('.', path.Select(segment => segment is int index ? index.ToString(CultureInfo.InvariantCulture) : segment.ToString()));

    private static ILogger LoggerFor(HttpContext context) =>
        context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(GraphQLServer).FullName!) ?? NullLogger.Instance;

    [LoggerMessage(EventId = 1, EventName = "MaskedError", Level = LogLevel.Error,
        Message = "Request {RequestId} failed with {Code} at {Path} in operation {OperationName} (trace {TraceId})")]
    private static partial void LogMasked(ILogger logger, Exception exception, string code, string requestId, string traceId, string operationName, string path);
}
