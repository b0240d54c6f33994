namespace NmnGraph.GraphQL.Types;

/// <summary>Type predicates and unwrapping helpers (spec #sec-Input-and-Output-Types and graphql-js <c>definition</c>).</summary>
public static class TypeExtensions
{
    /// <summary>Scalars, enums and input objects, possibly wrapped (spec #IsInputType()).</summary>
    public static bool IsInputType(this IType type) =>
        type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions and enums, possibly wrapped (spec #IsOutputType()).</summary>
    public static bool IsOutputType(this IType type) =>
        type.GetNamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    public static bool IsLeafType(this IType type) => type is ScalarType or EnumType;

    /// <summary>The scalar or enum a type is, nullable or not; null for lists and composite types.</summary>
    public static NamedType? GetLeafType(this IType type) =>
        (type is NonNullType nonNull ? nonNull.OfType : type) is NamedType named && named.IsLeafType() ? named : null;

    public static bool IsCompositeType(this IType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this IType type) => type is InterfaceType or UnionType;

    public static bool IsWrappingType(this IType type) => type is ListType or NonNullType;

    public static bool IsNonNullType(this IType type) => type is NonNullType;

    public static bool IsListType(this IType type) => type is ListType;

    /// <summary>The named type under any list and non-null wrappers.</summary>
    public static NamedType GetNamedType(this IType type)
    {
        IType current = type;
        while (true)
        {
            switch (current)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    current = list.OfType;
                    break;
                case NonNullType nonNull:
                    current = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentException($"Unknown type reference {type}.", nameof(type));
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static IType GetNullableType(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>True when the type must be given (non-null) as an input.</summary>
    public static bool IsRequiredInput(this IType type) => type is NonNullType;
}
