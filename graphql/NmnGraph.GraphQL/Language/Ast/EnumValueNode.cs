namespace NmnGraph.GraphQL.Language;

/// <summary>An enum literal (spec #EnumValue).</summary>
public sealed class EnumValueNode(string @value, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public string Value { get; } = @value;
}
