namespace NmnGraph.GraphQL.Language;

/// <summary>An integer literal, kept as written (spec #IntValue).</summary>
public sealed class IntValueNode(string @value, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    public string Value { get; } = @value;
}
