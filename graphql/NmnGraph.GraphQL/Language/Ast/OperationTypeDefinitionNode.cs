namespace NmnGraph.GraphQL.Language;

/// <summary>A root operation type (spec #RootOperationTypeDefinition).</summary>
public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public OperationType Operation { get; } = operation;

    public NamedTypeNode Type { get; } = type;
}
