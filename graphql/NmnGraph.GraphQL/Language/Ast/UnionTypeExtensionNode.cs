namespace NmnGraph.GraphQL.Language;

/// <summary>`extend union` (spec #UnionTypeExtension).</summary>
public sealed class UnionTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types, Location? location = null) : TypeExtensionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public override NameNode Name { get; } = name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}
