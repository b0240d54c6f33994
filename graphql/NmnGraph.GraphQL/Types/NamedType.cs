using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>A named type of a schema (spec #sec-Types): scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : IType
{
    private List<TypeExtensionNode>? _extensionAstNodes;

    protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    public abstract TypeKind Kind { get; }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The definition this type was built from, when built from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; internal set; }

    /// <summary>The <c>extend …</c> nodes applied to this type, in document order.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes => (IReadOnlyList<TypeExtensionNode>?)_extensionAstNodes ?? [];

    /// <summary>Directives applied to the type in its definition and extensions.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];

    /// <summary>True for the built-in scalars and the introspection types.</summary>
    public bool IsBuiltIn { get; internal set; }

    internal void AddExtensionAstNode(TypeExtensionNode node) => (_extensionAstNodes ??= []).Add(node);

    public override string ToString() => Name;
}
