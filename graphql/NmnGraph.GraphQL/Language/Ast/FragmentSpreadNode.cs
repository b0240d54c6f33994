namespace NmnGraph.GraphQL.Language;

/// <summary>A fragment spread (spec #FragmentSpread).</summary>
public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SelectionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public NameNode Name { get; } = name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
