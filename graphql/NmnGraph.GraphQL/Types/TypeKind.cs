namespace NmnGraph.GraphQL.Types;

/// <summary>The kinds of type (spec #sec-Schema-Introspection, <c>__TypeKind</c>).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
