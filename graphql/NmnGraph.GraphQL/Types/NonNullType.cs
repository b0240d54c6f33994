namespace NmnGraph.GraphQL.Types;

/// <summary>A non-null type reference <c>T!</c> (spec #sec-Non-Null). Equal to any other non-null of an equal type.</summary>
public sealed class NonNullType : IType, IEquatable<NonNullType>
{
    public NonNullType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public TypeKind Kind => TypeKind.NonNull;

    public IType OfType { get; }

    public bool Equals(NonNullType? other) => other is not null && OfType.Equals(other.OfType);

    public override bool Equals(object? obj) => obj is NonNullType other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);

    public override string ToString() => OfType + "!";
}
