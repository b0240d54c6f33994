namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// A response position not yet made into a <see cref="ResponsePath"/>: <see cref="Path"/> itself, or item
/// <c>index</c> of the list at <see cref="Path"/>. List items are passed this way, so an item whose fields complete
/// without error never allocates a path.
/// </summary>
internal readonly struct ResponsePosition(ResponsePath? path, int index = -1)
{
    /// <summary>The path, or for a list item the list's path; null for the root, and for "the field's own position".</summary>
    public ResponsePath? Path { get; } = path;

    public ResponsePath? ToPath() => index < 0 ? Path : Path!.Append(index);

    public static implicit operator ResponsePosition(ResponsePath? path) => new(path);
}
