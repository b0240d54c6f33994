namespace NmnGraph.GraphQL.Language;

/// <summary>A variable reference `$name` (spec #Variable).</summary>
public sealed class VariableNode(NameNode name, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Variable;

    public NameNode Name { get; } = name;
}
