namespace NmnGraph.GraphQL.Language;

/// <summary>A schema or type extension (spec #TypeSystemExtension).</summary>
public abstract class TypeSystemExtensionNode(Location? location) : DefinitionNode(location);
