using System.Collections;
using System.Globalization;
using System.Text;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>
/// Formats values for error messages the way graphql-js does: runtime values as <c>inspect</c> prints them,
/// literals as the printer prints them.
/// </summary>
public static class ValueFormatter
{
    /// <summary>A runtime value as graphql-js <c>inspect</c> shows it: <c>"text"</c>, <c>1.5</c>, <c>{ a: 1 }</c>, <c>[1, 2]</c>.</summary>
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        AppendInspect(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>A literal in GraphQL syntax on one line, e.g. <c>{a: 1, b: [ONE]}</c>.</summary>
    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        AppendLiteral(builder, value);
        return builder.ToString();
    }

    /// <summary>A double as JavaScript prints a number: <c>1</c>, <c>1.5</c>, <c>1e+21</c>, <c>NaN</c>, <c>Infinity</c>.</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (Math.Floor(value) == value && Math.Abs(value) < 1e21)
        {
            return value.ToString("F0", CultureInfo.InvariantCulture);
        }

        string text = value.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        string mantissa = text[..e];
        string exponent = text[(e + 1)..];
        char sign = exponent[0] == '-' ? '-' : '+';
        string digits = exponent.TrimStart('+', '-').TrimStart('0');
        return mantissa + "e" + sign + (digits.Length == 0 ? "0" : digits);
    }

    internal static string QuoteJson(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        AppendQuoted(builder, text);
        return builder.ToString();
    }

    private static void AppendInspect(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string text:
                AppendQuoted(builder, text);
                return;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                return;
            case double number:
                builder.Append(FormatNumber(number));
                return;
            case float number:
                builder.Append(FormatNumber(number));
                return;
            case decimal number:
                builder.Append(number.ToString(CultureInfo.InvariantCulture));
                return;
            case IFormattable formattable when IsInteger(value):
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case IReadOnlyDictionary<string, object?> map:
                AppendMap(builder, map, depth);
                return;
            case IDictionary<string, object?> map:
                AppendMap(builder, map, depth);
                return;
            case IEnumerable items:
                AppendList(builder, items, depth);
                return;
            default:
                builder.Append(value.ToString());
                return;
        }
    }

    private static bool IsInteger(object value) =>
        value is int or long or short or byte or sbyte or ushort or uint or ulong or System.Numerics.BigInteger;

    private static void AppendMap(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        if (depth > 2)
        {
            builder.Append("[Object]");
            return;
        }

        bool first = true;
        builder.Append('{');
        foreach (KeyValuePair<string, object?> pair in map)
        {
            builder.Append(first ? " " : ", ");
            first = false;
            builder.Append(pair.Key).Append(": ");
            AppendInspect(builder, pair.Value, depth + 1);
        }

        builder.Append(first ? "}" : " }");
    }

    private static void AppendList(StringBuilder builder, IEnumerable items, int depth)
    {
        if (depth > 2)
        {
            builder.Append("[Array]");
            return;
        }

        bool first = true;
        builder.Append('[');
        foreach (object? item in items)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            AppendInspect(builder, item, depth + 1);
        }

        builder.Append(']');
    }

    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static void AppendLiteral(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode intValue:
                builder.Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                builder.Append(floatValue.Value);
                break;
            case StringValueNode stringValue:
                AppendQuoted(builder, stringValue.Value);
                break;
            case BooleanValueNode booleanValue:
                builder.Append(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append(enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (int i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    AppendLiteral(builder, list.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                for (int i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    AppendLiteral(builder, obj.Fields[i].Value);
                }

                builder.Append('}');
                break;
            default:
                builder.Append(value.Kind.ToString());
                break;
        }
    }
}
