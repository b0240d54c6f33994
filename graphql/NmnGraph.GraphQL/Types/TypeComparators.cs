namespace NmnGraph.GraphQL.Types;

/// <summary>Comparisons between type references used by schema and document validation (graphql-js <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>True when both references denote the same type.</summary>
    public static bool IsEqualType(IType a, IType b) => a.Equals(b);

    /// <summary>
    /// True when a value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is
    /// expected: non-null is a subtype of nullable, lists compare item-wise, objects and interfaces of an
    /// abstract type they belong to.
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        if (ReferenceEquals(maybeSubType, superType) || maybeSubType.Equals(superType))
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

        return superType is InterfaceType or UnionType
            && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>True when two composite types can have an object type in common.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType())
        {
            if (typeB.IsAbstractType())
            {
                foreach (ObjectType possible in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType() && schema.IsSubType(typeB, typeA);
    }
}
