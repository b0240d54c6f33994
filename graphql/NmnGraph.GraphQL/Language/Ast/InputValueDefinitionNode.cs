namespace NmnGraph.GraphQL.Language;

/// <summary>An argument or input field definition (spec #InputValueDefinition).</summary>
public sealed class InputValueDefinitionNode(StringValueNode? description, NameNode name, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
