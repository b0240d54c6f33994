using System.Globalization;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>The built-in <c>ID</c>: accepts strings and integers, serializes as a string (spec #sec-ID).</summary>
internal sealed class IdType : ScalarType
{
    public IdType()
        : base("ID", "An opaque unique identifier, serialized as a String; a string or an integer is accepted as input.")
    {
        IsBuiltIn = true;
    }

    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode stringValue => stringValue.Value,
        IntValueNode intValue => intValue.Value,
        _ => throw new GraphQLException(ErrorMessages.IdNonStringNonInteger(ValueFormatter.Print(literal))),
    };

    public override object? ParseValue(object value) => Coerce(value) ?? throw new GraphQLException(ErrorMessages.IdCannotRepresent(ValueFormatter.Inspect(value)));

    public override object? Serialize(object value) => Coerce(value) ?? throw new GraphQLException(ErrorMessages.IdCannotRepresent(ValueFormatter.Inspect(value)));

    private static string? Coerce(object value)
    {
        switch (value)
        {
            case string text:
                return text;
            case int or long or short or byte or sbyte or ushort or uint or ulong or System.Numerics.BigInteger:
                return ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
            case Guid guid:
                return guid.ToString();
            default:
                if (TryGetNumber(value, out double number) && double.IsFinite(number) && Math.Floor(number) == number && Math.Abs(number) < 1e21)
                {
                    return ValueFormatter.FormatNumber(number);
                }

                return null;
        }
    }
}
