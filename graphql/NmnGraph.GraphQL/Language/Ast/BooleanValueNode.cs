namespace NmnGraph.GraphQL.Language;

/// <summary>`true` or `false` (spec #BooleanValue).</summary>
public sealed class BooleanValueNode(bool @value, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public bool Value { get; } = @value;
}
