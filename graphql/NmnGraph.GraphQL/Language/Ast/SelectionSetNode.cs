namespace NmnGraph.GraphQL.Language;

/// <summary>A selection set (spec #SelectionSet).</summary>
public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}
