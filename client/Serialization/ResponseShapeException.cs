namespace NmnGraph.Client.Serialization;

/// <summary>
/// Thrown by the <see cref="JsonElementExtensions"/> readers when <c>data</c> does not have the shape the operation
/// selected (a missing non-null field, a string where a number belongs…). <see cref="ResponseParser"/> turns it into a
/// <see cref="ClientErrorCodes.ResponseShapeMismatch"/> error; callers of <c>ExecuteAsync</c> never see it.
/// </summary>
public sealed class ResponseShapeException : Exception
{
    public ResponseShapeException()
        : this("The response data has an unexpected shape.")
    {
    }

    public ResponseShapeException(string message)
        : this(message, [])
    {
    }

    public ResponseShapeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Detail = message;
        Path = [];
    }

    public ResponseShapeException(string detail, IReadOnlyList<object> path)
        : base(Format(detail, path))
    {
        Detail = detail;
        Path = path;
    }

    /// <summary>What was wrong, without the path.</summary>
    public string Detail { get; }

    /// <summary>The path from <c>data</c> to the offending value (strings are fields, ints list indexes).</summary>
    public IReadOnlyList<object> Path { get; }

    /// <summary>The same problem one level further out: <paramref name="segment"/> is prepended to the path.</summary>
    public ResponseShapeException Within(object segment)
    {
        var path = new List<object>(Path.Count + 1) { segment };
        path.AddRange(Path);
        return new ResponseShapeException(Detail, path);
    }

    private static string Format(string detail, IReadOnlyList<object> path)
    {
        string printed = new ClientError(string.Empty) { Path = path }.FormatPath();
        return printed.Length == 0 ? $"Unexpected response data: {detail}" : $"Unexpected response data at {printed}: {detail}";
    }
}
