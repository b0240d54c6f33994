namespace NmnGraph.GraphQL.Language;

/// <summary>
/// A node of a parsed GraphQL document (spec §2). Nodes are immutable; <see cref="Location"/> is null
/// for nodes built in code rather than parsed.
/// </summary>
public abstract class SyntaxNode(Location? location)
{
    public abstract SyntaxKind Kind { get; }

    public Location? Location { get; } = location;
}
