using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>
/// The coercion functions of a custom scalar (spec #sec-Scalars): any of them may be left null to pass values
/// through. Throw <see cref="Errors.GraphQLException"/> to reject a value with a message.
/// </summary>
public sealed class ScalarCoercion
{
    /// <summary>Literal in a document → internal value.</summary>
    public Func<ValueNode, object?>? ParseLiteral { get; init; }

    /// <summary>JSON-shaped variable value → internal value.</summary>
    public Func<object, object?>? ParseValue { get; init; }

    /// <summary>Resolved value → JSON-shaped result value.</summary>
    public Func<object, object?>? Serialize { get; init; }
}
