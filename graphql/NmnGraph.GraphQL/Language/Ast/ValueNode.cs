namespace NmnGraph.GraphQL.Language;

/// <summary>An input value literal or a variable (spec #Value).</summary>
public abstract class ValueNode(Location? location) : SyntaxNode(location);
