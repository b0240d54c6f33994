using System.Globalization;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>The built-in <c>Float</c>: a finite double (spec #sec-Float).</summary>
internal sealed class FloatType : ScalarType
{
    public FloatType()
        : base("Float", "A signed double-precision floating-point number (IEEE 754); never NaN or infinite.")
    {
        IsBuiltIn = true;
    }

    public override object? ParseLiteral(ValueNode literal)
    {
        string? text = literal switch
        {
            IntValueNode intValue => intValue.Value,
            FloatValueNode floatValue => floatValue.Value,
            _ => null,
        };

        if (text is null || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double result) || !double.IsFinite(result))
        {
            throw new GraphQLException(ErrorMessages.FloatNonNumeric(ValueFormatter.Print(literal)));
        }

        return result;
    }

    public override object? ParseValue(object value)
    {
        if (value is bool || !TryGetNumber(value, out double number) || !double.IsFinite(number))
        {
            throw new GraphQLException(ErrorMessages.FloatNonNumeric(ValueFormatter.Inspect(value)));
        }

        return number;
    }

    public override object? Serialize(object value)
    {
        // Already a finite double: returned as given, not unboxed and boxed again.
        if (value is double d && double.IsFinite(d))
        {
            return value;
        }

        object coerced = value switch
        {
            bool flag => flag ? 1.0 : 0.0,
            string text when text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
            _ => value,
        };

        if (!TryGetNumber(coerced, out double number) || !double.IsFinite(number))
        {
            throw new GraphQLException(ErrorMessages.FloatNonNumeric(ValueFormatter.Inspect(coerced)));
        }

        return number;
    }
}
