using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation;

/// <summary>Type-system questions the rules ask, answered by the type system itself (Schema, TypeExtensions, TypeComparators).</summary>
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

    public static NamedType? GetNamedType(IType? type) => type?.GetNamedType();

    public static IType? GetNullableType(IType? type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsInputType(IType? type) => GetNamedType(type) is { Kind: TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject };

    public static bool IsOutputType(IType? type) => GetNamedType(type) is { Kind: not TypeKind.InputObject };

    public static bool IsCompositeType(IType? type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsLeafType(IType? type) => type is ScalarType or EnumType;

    public static bool IsAbstractType(IType? type) => type is InterfaceType or UnionType;

    /// <summary>The schema type a type reference names; null if a named type is unknown (graphql-js typeFromAST).</summary>
    public static IType? TypeFromAst(Schema schema, TypeNode node) => schema.GetTypeFromAst(node);

    /// <summary>True if a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType) =>
        TypeComparators.IsTypeSubTypeOf(schema, maybeSubType, superType);

    public static bool IsEqualType(IType a, IType b) => TypeComparators.IsEqualType(a, b);

    /// <summary>True if <paramref name="maybeSubType"/> is a possible type or implementation of the abstract type.</summary>
    public static bool IsSubType(Schema schema, NamedType abstractType, NamedType maybeSubType) =>
        schema.IsSubType(abstractType, maybeSubType);

    /// <summary>True if some object type could be of both composite types (graphql-js doTypesOverlap).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB) =>
        TypeComparators.DoTypesOverlap(schema, typeA, typeB);
}
