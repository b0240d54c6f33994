namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// A response position (spec #sec-Response-Position) as an immutable linked list: each segment is a field's
/// response key or a list index.
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? key, int index, int depth)
    {
        Parent = parent;
        Key = key;
        Index = index;
        Depth = depth;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The response key, or null when this segment is a list index.</summary>
    public string? Key { get; }

    public int Index { get; }

    /// <summary>The number of segments up to and including this one.</summary>
    public int Depth { get; }

    public bool IsIndex => Key is null;

    public static ResponsePath Root(string key) => new(null, key, -1, 1);

    public ResponsePath Append(string key) => new(this, key, -1, Depth + 1);

    /// <summary>The position of <paramref name="key"/> under <paramref name="parent"/>, or at the root when it is null.</summary>
    public static ResponsePath Of(ResponsePath? parent, string key) => parent is null ? Root(key) : parent.Append(key);

    public ResponsePath Append(int index) => new(this, null, index, Depth + 1);

    /// <summary>The segments from the root: <see cref="string"/> keys and boxed <see cref="int"/> indexes.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        ResponsePath? current = this;
        for (int i = Depth - 1; i >= 0 && current is not null; i--)
        {
            segments[i] = current.Key ?? (object)current.Index;
            current = current.Parent;
        }

        return segments;
    }

    public override string ToString() => string.Join('.', ToList());
}
