using System.Globalization;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>The built-in <c>String</c> (spec #sec-String).</summary>
internal sealed class StringType : ScalarType
{
    public StringType()
        : base("String", "Text as a sequence of Unicode characters, usually human-readable.")
    {
        IsBuiltIn = true;
    }

    public override object? ParseLiteral(ValueNode literal) => literal is StringValueNode stringValue
        ? stringValue.Value
        : throw new GraphQLException(ErrorMessages.StringNonString(ValueFormatter.Print(literal)));

    public override object? ParseValue(object value) => value is string text
        ? text
        : throw new GraphQLException(ErrorMessages.StringNonString(ValueFormatter.Inspect(value)));

    public override object? Serialize(object value)
    {
        switch (value)
        {
            case string text:
                return text;
            case bool flag:
                return flag ? "true" : "false";
            case char c:
                return c.ToString();
            case double d when double.IsFinite(d):
                return ValueFormatter.FormatNumber(d);
            case float f when float.IsFinite(f):
                return ValueFormatter.FormatNumber(f);
            case double or float:
                break;
            default:
                if (TryGetNumber(value, out _) && value is IFormattable formattable)
                {
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                }

                break;
        }

        throw new GraphQLException(ErrorMessages.StringCannotRepresent(ValueFormatter.Inspect(value)));
    }
}
