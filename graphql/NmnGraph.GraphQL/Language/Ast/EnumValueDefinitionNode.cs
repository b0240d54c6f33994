namespace NmnGraph.GraphQL.Language;

/// <summary>An enum value definition (spec #EnumValueDefinition).</summary>
public sealed class EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
