using System.Globalization;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer (spec #sec-Int).</summary>
internal sealed class IntType : ScalarType
{
    public IntType()
        : base("Int", "A signed 32-bit whole number, from -2147483648 to 2147483647.")
    {
        IsBuiltIn = true;
    }

    public override object? ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new GraphQLException(ErrorMessages.IntNonInteger(ValueFormatter.Print(literal)));
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int result))
        {
            throw new GraphQLException(ErrorMessages.IntNon32Bit(intValue.Value));
        }

        return result;
    }

    public override object? ParseValue(object value)
    {
        if (value is int)
        {
            return value;
        }

        if (value is bool || !TryGetNumber(value, out double number) || !double.IsFinite(number) || Math.Floor(number) != number)
        {
            throw new GraphQLException(ErrorMessages.IntNonInteger(ValueFormatter.Inspect(value)));
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLException(ErrorMessages.IntNon32Bit(ValueFormatter.Inspect(value)));
        }

        return (int)number;
    }

    public override object? Serialize(object value)
    {
        // Already an int: returned as given, not unboxed and boxed again.
        if (value is int)
        {
            return value;
        }

        object coerced = value switch
        {
            bool flag => flag ? 1 : 0,
            string text when text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
            _ => value,
        };

        if (!TryGetNumber(coerced, out double number) || !double.IsFinite(number) || Math.Floor(number) != number)
        {
            throw new GraphQLException(ErrorMessages.IntNonInteger(ValueFormatter.Inspect(coerced)));
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLException(ErrorMessages.IntNon32Bit(ValueFormatter.Inspect(coerced)));
        }

        return (int)number;
    }
}
