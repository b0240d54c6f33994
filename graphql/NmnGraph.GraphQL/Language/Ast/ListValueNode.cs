namespace NmnGraph.GraphQL.Language;

/// <summary>A list literal (spec #ListValue).</summary>
public sealed class ListValueNode(IReadOnlyList<ValueNode> values, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; } = values;
}
