namespace NmnGraph.GraphQL.Language;

/// <summary>A named type reference (spec #NamedType).</summary>
public sealed class NamedTypeNode(NameNode name, Location? location = null) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public NameNode Name { get; } = name;
}
