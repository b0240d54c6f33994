using NmnGraph.GraphQL.Errors;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// The result of a request (spec #sec-Response-Format): <see cref="Data"/> is present (possibly null) when
/// execution started, absent for a request error; <see cref="Errors"/> is empty when there were none.
/// For a subscription, <see cref="Stream"/> carries the response stream instead of data.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError> errors, IAsyncEnumerable<ExecutionResult>? stream)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
        Stream = stream;
    }

    /// <summary>True when the response has a <c>data</c> entry (execution started).</summary>
    public bool HasData { get; }

    /// <summary>The result map in selection order; null when absent, or when a non-null root field failed.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The <c>extensions</c> entry, written last; null for none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The response stream of a subscription (spec #sec-Subscription); null for queries and mutations.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>The pooled memory that parts of <see cref="Data"/> were written into as JSON (<see cref="GraphQLRequest.ResultIsOnlyWritten"/>).</summary>
    internal ResponseBuffer? Buffer { get; private init; }

    /// <summary>True for a request error: nothing was executed because of the errors.</summary>
    public bool IsRequestError => !HasData && Stream is null && Errors.Count > 0;

    /// <summary>A copy of this result with the given <c>extensions</c> entry (e.g. tracing or cost added by the host).</summary>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?>? extensions) =>
        new(HasData, Data, Errors, Stream) { Extensions = extensions, Buffer = Buffer };

    /// <summary>A copy of this result with one more <c>extensions</c> entry.</summary>
    public ExecutionResult WithExtension(string key, object? value)
    {
        var extensions = Extensions is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(Extensions, StringComparer.Ordinal);
        extensions[key] = value;
        return WithExtensions(extensions);
    }

    /// <summary>A copy of this result with <paramref name="errors"/> in place of its errors (e.g. errors the host annotated).</summary>
    public ExecutionResult WithErrors(IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new(HasData, Data, errors, Stream) { Extensions = Extensions, Buffer = Buffer };
    }

    /// <summary>A result of an executed operation.</summary>
    public static ExecutionResult FromData(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors = null) =>
        new(true, data, errors ?? [], null);

    /// <summary>A result whose data holds values written into <paramref name="buffer"/>.</summary>
    internal static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError> errors, ResponseBuffer? buffer) =>
        new(true, data, errors, null) { Buffer = buffer };

    /// <summary>
    /// Gives the pooled memory of a result executed with <see cref="GraphQLRequest.ResultIsOnlyWritten"/> back, once it
    /// has been written; the result must not be written again. Does nothing for other results, and when called again.
    /// </summary>
    public void ReturnBuffers() => Buffer?.Return();

    /// <summary>A request error result (spec #sec-Request-Error-Result): errors and no data.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A request error result needs at least one error.", nameof(errors));
        }

        return new ExecutionResult(false, null, errors, null);
    }

    public static ExecutionResult FromError(GraphQLError error) => FromErrors([error]);

    /// <summary>A result that only reports (e.g. the operation's cost); nothing was executed and nothing failed.</summary>
    public static ExecutionResult FromExtensions(IReadOnlyDictionary<string, object?> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        return new ExecutionResult(false, null, [], null) { Extensions = extensions };
    }

    /// <summary>A subscription's response stream.</summary>
    public static ExecutionResult FromStream(IAsyncEnumerable<ExecutionResult> stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new ExecutionResult(false, null, [], stream);
    }
}
