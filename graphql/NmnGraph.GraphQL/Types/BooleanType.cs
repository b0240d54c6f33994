using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>The built-in <c>Boolean</c> (spec #sec-Boolean).</summary>
internal sealed class BooleanType : ScalarType
{
    private static readonly object s_true = true;
    private static readonly object s_false = false;

    public BooleanType()
        : base("Boolean", "Either `true` or `false`.")
    {
        IsBuiltIn = true;
    }

    public override object? ParseLiteral(ValueNode literal) => literal is BooleanValueNode booleanValue
        ? Box(booleanValue.Value)
        : throw new GraphQLException(ErrorMessages.BooleanNonBoolean(ValueFormatter.Print(literal)));

    public override object? ParseValue(object value) => value is bool flag
        ? Box(flag)
        : throw new GraphQLException(ErrorMessages.BooleanNonBoolean(ValueFormatter.Inspect(value)));

    public override object? Serialize(object value)
    {
        if (value is bool flag)
        {
            return Box(flag);
        }

        if (TryGetNumber(value, out double number) && double.IsFinite(number))
        {
            return Box(number != 0);
        }

        throw new GraphQLException(ErrorMessages.BooleanNonBoolean(ValueFormatter.Inspect(value)));
    }

    /// <summary>Shared boxes so coercing booleans does not allocate.</summary>
    internal static object Box(bool value) => value ? s_true : s_false;
}
