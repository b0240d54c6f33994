namespace NmnGraph.GraphQL.Language;

/// <summary>An argument (spec #Argument).</summary>
public sealed class ArgumentNode(NameNode name, ValueNode @value, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Argument;

    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = @value;
}
