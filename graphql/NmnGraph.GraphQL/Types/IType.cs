namespace NmnGraph.GraphQL.Types;

/// <summary>
/// A type reference: a named type, or a list or non-null wrapper around another type (spec #sec-Types).
/// <see cref="object.ToString"/> prints the reference as written in SDL, e.g. <c>[String!]!</c>.
/// </summary>
public interface IType
{
    TypeKind Kind { get; }
}
