namespace NmnGraph.GraphQL.Language;

/// <summary>An enum definition (spec #EnumTypeDefinition).</summary>
public sealed class EnumTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values, Location? location = null) : TypeDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public override StringValueNode? Description { get; } = description;

    public override NameNode Name { get; } = name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}
