using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Errors;

/// <summary>
/// An error as the response reports it (spec #sec-Errors): a message, the source locations it refers to,
/// the response path of the field that raised it, and extensions such as <c>code</c>.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path is { Count: > 0 } ? path : null;
        Extensions = extensions is { Count: > 0 } ? extensions : null;
    }

    public string Message { get; }

    /// <summary>Null when the error refers to no particular place in the document.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path segments: <see cref="string"/> field keys and <see cref="int"/> list indexes.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>
    /// The exception behind a masked error (graphql-js <c>originalError</c>), for the host to log; never part of
    /// the response.
    /// </summary>
    public Exception? OriginalError { get; init; }

    /// <summary><c>extensions.code</c>, when the error has one.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out object? code) ? code as string : null;

    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Locations, path, Extensions) { OriginalError = OriginalError };

    public GraphQLError WithLocations(IReadOnlyList<SourceLocation> locations) => new(Message, locations, Path, Extensions) { OriginalError = OriginalError };

    public GraphQLError WithExtension(string key, object? value)
    {
        var extensions = Extensions is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(Extensions, StringComparer.Ordinal);
        extensions[key] = value;
        return new GraphQLError(Message, Locations, Path, extensions) { OriginalError = OriginalError };
    }

    public override string ToString()
    {
        if (Locations is null)
        {
            return Message;
        }

        return $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";
    }
}
