namespace NmnGraph.GraphQL.Language;

/// <summary>`null` (spec #NullValue).</summary>
public sealed class NullValueNode(Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
