using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.Types;

/// <summary>A union type (spec #sec-Unions).</summary>
public sealed class UnionType : NamedType
{
    private readonly List<ObjectType> _types = [];

    public UnionType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>Resolves the object type of a value of this union; null uses the default type resolution.</summary>
    public TypeResolver? ResolveType { get; internal set; }

    public bool ContainsType(ObjectType type)
    {
        foreach (ObjectType member in _types)
        {
            if (ReferenceEquals(member, type))
            {
                return true;
            }
        }

        return false;
    }

    internal void AddType(ObjectType type) => _types.Add(type);
}
