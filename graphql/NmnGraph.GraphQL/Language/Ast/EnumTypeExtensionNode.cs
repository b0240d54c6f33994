namespace NmnGraph.GraphQL.Language;

/// <summary>`extend enum` (spec #EnumTypeExtension).</summary>
public sealed class EnumTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values, Location? location = null) : TypeExtensionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public override NameNode Name { get; } = name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}
