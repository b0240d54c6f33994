using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation;

/// <summary>
/// A variable used somewhere in an operation or fragment, with the input type expected where it is used, the
/// default value of that position (an argument or input field default), and the OneOf Input Object whose field
/// the variable directly is, if any (spec #sec-All-Variable-Usages-Are-Allowed).
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, IType? Type, ValueNode? DefaultValue, InputObjectType? OneOfParent);
