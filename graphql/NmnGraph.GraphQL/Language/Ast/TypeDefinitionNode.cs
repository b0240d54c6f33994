namespace NmnGraph.GraphQL.Language;

/// <summary>A named type definition (spec #TypeDefinition).</summary>
public abstract class TypeDefinitionNode(Location? location) : TypeSystemDefinitionNode(location), IHasDirectives
{
    public abstract StringValueNode? Description { get; }

    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
