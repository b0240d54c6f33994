using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation;

/// <summary>Type-system questions the rules ask (graphql-js definition.ts predicates, typeFromAST, typeComparators).</summary>
internal static class SchemaAccess
{
    public static ObjectType? GetRootType(Schema schema, OperationType operation) => schema.GetRootType(operation);

    public static NamedType? GetType(Schema schema, string name) => schema.GetType(name);

    public static IEnumerable<string> GetTypeNames(Schema schema) => schema.TypesByName.Keys;

    public static DirectiveDefinition? GetDirective(Schema schema, string name) => schema.GetDirective(name);

    public static IReadOnlyList<ObjectType> GetPossibleTypes(Schema schema, NamedType abstractType) => schema.GetPossibleTypes(abstractType);

    /// <summary>The field definition, including the meta-fields __typename (any composite type) and __schema/__type (query root).</summary>
    public static OutputField? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName) =>
        schema.GetFieldDefinition(parentType, fieldName);

    public static NamedType? GetNamedType(IType? type)
    {
        while (true)
        {
            switch (type)
            {
                case null:
                    return null;
                case NamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    return null;
            }
        }
    }

    public static IType? GetNullableType(IType? type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsInputType(IType? type) => GetNamedType(type) is { Kind: TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject };

    public static bool IsOutputType(IType? type) => GetNamedType(type) is { Kind: not TypeKind.InputObject };

    public static bool IsCompositeType(IType? type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsLeafType(IType? type) => type is ScalarType or EnumType;

    public static bool IsAbstractType(IType? type) => type is InterfaceType or UnionType;

    /// <summary>The schema type a type reference names; null if a named type is unknown (graphql-js typeFromAST).</summary>
    public static IType? TypeFromAst(Schema schema, TypeNode node) => schema.GetTypeFromAst(node);

    /// <summary>True if a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        if (ReferenceEquals(maybeSubType, superType) || IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return IsAbstractType(superType)
            && maybeSubType is ObjectType or InterfaceType
            && IsSubType(schema, (NamedType)superType, (NamedType)maybeSubType);
    }

    public static bool IsEqualType(IType a, IType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is NonNullType nonNullA && b is NonNullType nonNullB)
        {
            return IsEqualType(nonNullA.OfType, nonNullB.OfType);
        }

        if (a is ListType listA && b is ListType listB)
        {
            return IsEqualType(listA.OfType, listB.OfType);
        }

        return false;
    }

    /// <summary>True if <paramref name="maybeSubType"/> is a possible type or implementation of the abstract type.</summary>
    public static bool IsSubType(Schema schema, NamedType abstractType, NamedType maybeSubType) =>
        schema.IsSubType(abstractType, maybeSubType);

    /// <summary>True if some object type could be of both composite types (graphql-js doTypesOverlap).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (IsAbstractType(typeA))
        {
            if (IsAbstractType(typeB))
            {
                IReadOnlyList<ObjectType> possible = GetPossibleTypes(schema, typeA);
                for (int i = 0; i < possible.Count; i++)
                {
                    if (IsSubType(schema, typeB, possible[i]))
                    {
                        return true;
                    }
                }

                return false;
            }

            return IsSubType(schema, typeA, typeB);
        }

        return IsAbstractType(typeB) && IsSubType(schema, typeB, typeA);
    }
}
