namespace NmnGraph.GraphQL.Language;

/// <summary>`extend interface` (spec #InterfaceTypeExtension).</summary>
public sealed class InterfaceTypeExtensionNode(NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, Location? location = null) : TypeExtensionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public override NameNode Name { get; } = name;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
