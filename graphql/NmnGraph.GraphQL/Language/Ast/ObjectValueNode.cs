namespace NmnGraph.GraphQL.Language;

/// <summary>An input object literal (spec #ObjectValue).</summary>
public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}
