namespace NmnGraph.GraphQL.Language;

/// <summary>A document: executable and type-system definitions (spec #Document).</summary>
public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;
}
