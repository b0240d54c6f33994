namespace NmnGraph.GraphQL.Language;

/// <summary>A field definition (spec #FieldDefinition).</summary>
public sealed class FieldDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, TypeNode type, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public TypeNode Type { get; } = type;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
