namespace NmnGraph.GraphQL.Language;

/// <summary>An operation (spec #OperationDefinition); a shorthand query has no name and Operation = Query.</summary>
public sealed class OperationDefinitionNode(StringValueNode? description, OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode> variableDefinitions, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null) : ExecutableDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public override StringValueNode? Description { get; } = description;

    public OperationType Operation { get; } = operation;

    public NameNode? Name { get; } = name;

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SelectionSetNode SelectionSet { get; } = selectionSet;
}
