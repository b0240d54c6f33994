namespace NmnGraph.GraphQL.Language;

/// <summary>A variable definition (spec #VariableDefinition).</summary>
public sealed class VariableDefinitionNode(StringValueNode? description, VariableNode variable, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public StringValueNode? Description { get; } = description;

    public VariableNode Variable { get; } = variable;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
