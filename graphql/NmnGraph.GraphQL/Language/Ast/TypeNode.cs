namespace NmnGraph.GraphQL.Language;

/// <summary>A type reference: named, list or non-null (spec #Type).</summary>
public abstract class TypeNode(Location? location) : SyntaxNode(location);
