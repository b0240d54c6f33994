using System.Globalization;
using System.Numerics;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>
/// A scalar type (spec #sec-Scalars). The three coercions are virtual; a custom scalar either derives from this
/// class or is given delegates with <see cref="ScalarCoercion"/>. A custom scalar with neither passes values
/// through unchanged (literals become plain values: numbers, strings, booleans, lists and maps).
/// Coercion failures throw <see cref="GraphQLException"/> with graphql-js wording.
/// </summary>
public class ScalarType : NamedType
{
    private ScalarCoercion? _coercion;

    public ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public static ScalarType Int { get; } = new IntType();

    public static ScalarType Float { get; } = new FloatType();

    public static ScalarType String { get; } = new StringType();

    public static ScalarType Boolean { get; } = new BooleanType();

    public static ScalarType ID { get; } = new IdType();

    /// <summary>The five built-in scalars in the order the spec lists them.</summary>
    public static IReadOnlyList<ScalarType> BuiltIns { get; } = [String, Int, Float, Boolean, ID];

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL given by <c>@specifiedBy</c> (spec #sec--specifiedBy).</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>The delegates bound to this scalar, if any.</summary>
    public ScalarCoercion? Coercion
    {
        get => _coercion;
        internal set => _coercion = value;
    }

    /// <summary>Input coercion of a literal (never a variable, never <c>null</c>) to the internal value.</summary>
    public virtual object? ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return _coercion?.ParseLiteral is { } parse ? parse(literal) : LiteralToPlainValue(literal);
    }

    /// <summary>Input coercion of a variable value (JSON-shaped, never null) to the internal value.</summary>
    public virtual object? ParseValue(object value) =>
        _coercion?.ParseValue is { } parse ? parse(value) : value;

    /// <summary>Result coercion of a resolved value (never null) to a JSON-serializable value.</summary>
    public virtual object? Serialize(object value) =>
        _coercion?.Serialize is { } serialize ? serialize(value) : value;

    /// <summary>A literal as a plain value, as graphql-js <c>valueFromASTUntyped</c> does; variables are not allowed.</summary>
    public static object? LiteralToPlainValue(ValueNode literal)
    {
        switch (literal)
        {
            case NullValueNode:
                return null;
            case IntValueNode intValue:
                if (int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int small))
                {
                    return small;
                }

                if (long.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long large))
                {
                    return large;
                }

                return BigInteger.Parse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            case FloatValueNode floatValue:
                return double.Parse(floatValue.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode stringValue:
                return stringValue.Value;
            case BooleanValueNode booleanValue:
                return booleanValue.Value;
            case EnumValueNode enumValue:
                return enumValue.Value;
            case ListValueNode list:
                var items = new object?[list.Values.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    items[i] = LiteralToPlainValue(list.Values[i]);
                }

                return items;
            case ObjectValueNode obj:
                var map = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
                foreach (ObjectFieldNode field in obj.Fields)
                {
                    map[field.Name.Value] = LiteralToPlainValue(field.Value);
                }

                return map;
            default:
                throw new GraphQLException($"Unexpected value: {ValueFormatter.Print(literal)}");
        }
    }

    /// <summary>Converts any CLR number to a double, or returns false for non-numbers.</summary>
    internal static bool TryGetNumber(object value, out double number)
    {
        switch (value)
        {
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            case double d:
                number = d;
                return true;
            case float f:
                number = f;
                return true;
            case decimal m:
                number = (double)m;
                return true;
            case short s:
                number = s;
                return true;
            case byte b:
                number = b;
                return true;
            case sbyte sb:
                number = sb;
                return true;
            case ushort us:
                number = us;
                return true;
            case uint ui:
                number = ui;
                return true;
            case ulong ul:
                number = ul;
                return true;
            case BigInteger big:
                number = (double)big;
                return true;
            default:
                number = 0;
                return false;
        }
    }
}
