using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.Types;

/// <summary>An interface type (spec #sec-Interfaces); interfaces may implement other interfaces.</summary>
public sealed class InterfaceType : ComplexOutputType
{
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Resolves the object type of a value of this interface; null uses the default type resolution.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
