namespace NmnGraph.GraphQL.Language;

/// <summary>A string literal with escapes resolved; Block is true for a block string (spec #StringValue).</summary>
public sealed class StringValueNode(string @value, bool block, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    public string Value { get; } = @value;

    public bool Block { get; } = block;
}
