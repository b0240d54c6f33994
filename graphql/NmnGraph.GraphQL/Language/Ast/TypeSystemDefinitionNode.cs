namespace NmnGraph.GraphQL.Language;

/// <summary>A schema, type or directive definition (spec #TypeSystemDefinition).</summary>
public abstract class TypeSystemDefinitionNode(Location? location) : DefinitionNode(location);
