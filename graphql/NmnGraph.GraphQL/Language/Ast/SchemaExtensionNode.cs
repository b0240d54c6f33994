namespace NmnGraph.GraphQL.Language;

/// <summary>`extend schema` (spec #SchemaExtension).</summary>
public sealed class SchemaExtensionNode(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes, Location? location = null) : TypeSystemExtensionNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}
