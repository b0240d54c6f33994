namespace NmnGraph.GraphQL.Language;

/// <summary>An inline fragment (spec #InlineFragment).</summary>
public sealed class InlineFragmentNode(NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null) : SelectionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
