namespace NmnGraph.GraphQL.Language;

/// <summary>A named type extension (spec #TypeExtension).</summary>
public abstract class TypeExtensionNode(Location? location) : TypeSystemExtensionNode(location), IHasDirectives
{
    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
