namespace NmnGraph.GraphQL.Types;

/// <summary>A list type reference <c>[T]</c> (spec #sec-List). Equal to any other list of an equal type.</summary>
public sealed class ListType : IType, IEquatable<ListType>
{
    public ListType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    public TypeKind Kind => TypeKind.List;

    public IType OfType { get; }

    public bool Equals(ListType? other) => other is not null && OfType.Equals(other.OfType);

    public override bool Equals(object? obj) => obj is ListType other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    public override string ToString() => "[" + OfType + "]";
}
