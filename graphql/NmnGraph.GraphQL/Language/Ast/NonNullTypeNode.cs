namespace NmnGraph.GraphQL.Language;

/// <summary>A non-null type reference `T!` (spec #NonNullType).</summary>
public sealed class NonNullTypeNode(TypeNode type, Location? location = null) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public TypeNode Type { get; } = type;
}
