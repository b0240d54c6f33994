namespace NmnGraph.GraphQL.Language;

/// <summary>An input object definition (spec #InputObjectTypeDefinition).</summary>
public sealed class InputObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields, Location? location = null) : TypeDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public override StringValueNode? Description { get; } = description;

    public override NameNode Name { get; } = name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}
