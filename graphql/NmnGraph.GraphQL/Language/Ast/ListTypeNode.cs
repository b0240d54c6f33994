namespace NmnGraph.GraphQL.Language;

/// <summary>A list type reference `[T]` (spec #ListType).</summary>
public sealed class ListTypeNode(TypeNode type, Location? location = null) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListType;

    public TypeNode Type { get; } = type;
}
