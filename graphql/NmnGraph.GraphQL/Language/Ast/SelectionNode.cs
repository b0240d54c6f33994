namespace NmnGraph.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment (spec #Selection).</summary>
public abstract class SelectionNode(Location? location) : SyntaxNode(location), IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
