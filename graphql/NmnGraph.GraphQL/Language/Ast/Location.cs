namespace NmnGraph.GraphQL.Language;

/// <summary>
/// Where a node sits in its source: UTF-16 offsets <see cref="Start"/> (inclusive) and <see cref="End"/>
/// (exclusive), and the 1-based line and column of its first character.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    public SourceLocation StartLocation => new(Line, Column);
}
