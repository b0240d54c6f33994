namespace NmnGraph.GraphQL.Language;

/// <summary>A top-level definition of a document (spec #Definition).</summary>
public abstract class DefinitionNode(Location? location) : SyntaxNode(location);
