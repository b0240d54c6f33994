namespace NmnGraph.GraphQL.Types;

public sealed partial class Schema
{
    /// <summary>
    /// The definition of a field selected on <paramref name="parentType"/>, including the meta fields
    /// <c>__typename</c> (on every composite type), <c>__schema</c> and <c>__type</c> (on the query type);
    /// null when the type has no such field (graphql-js <c>getFieldDef</c>).
    /// </summary>
    public OutputField? GetFieldDefinition(NamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (string.Equals(fieldName, "__typename", StringComparison.Ordinal) && parentType.IsCompositeType())
            {
                return Introspection.IntrospectionFields.TypeName;
            }

            if (ReferenceEquals(parentType, QueryType))
            {
                if (string.Equals(fieldName, "__schema", StringComparison.Ordinal))
                {
                    return Introspection.IntrospectionFields.Schema;
                }

                if (string.Equals(fieldName, "__type", StringComparison.Ordinal))
                {
                    return Introspection.IntrospectionFields.Type;
                }
            }
        }

        return parentType is ComplexOutputType complex ? complex.Fields.Find(fieldName) : null;
    }
}
