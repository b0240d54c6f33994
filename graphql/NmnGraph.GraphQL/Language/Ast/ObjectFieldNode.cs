namespace NmnGraph.GraphQL.Language;

/// <summary>A field of an input object literal (spec #ObjectField).</summary>
public sealed class ObjectFieldNode(NameNode name, ValueNode @value, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = @value;
}
