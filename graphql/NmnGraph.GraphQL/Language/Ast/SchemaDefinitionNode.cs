namespace NmnGraph.GraphQL.Language;

/// <summary>A schema definition (spec #SchemaDefinition).</summary>
public sealed class SchemaDefinitionNode(StringValueNode? description, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes, Location? location = null) : TypeSystemDefinitionNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public StringValueNode? Description { get; } = description;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}
