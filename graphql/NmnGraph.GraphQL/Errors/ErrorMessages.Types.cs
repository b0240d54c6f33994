namespace NmnGraph.GraphQL.Errors;

/// <summary>Messages of the type system: scalar and enum coercion, schema validation (graphql-js wording).</summary>
public static partial class ErrorMessages
{
    public static string IntNonInteger(string value) => $"Int cannot represent non-integer value: {value}";

    public static string IntNon32Bit(string value) => $"Int cannot represent non 32-bit signed integer value: {value}";

    public static string FloatNonNumeric(string value) => $"Float cannot represent non numeric value: {value}";

    public static string StringNonString(string value) => $"String cannot represent a non string value: {value}";

    public static string StringCannotRepresent(string value) => $"String cannot represent value: {value}";

    public static string BooleanNonBoolean(string value) => $"Boolean cannot represent a non boolean value: {value}";

    public static string IdCannotRepresent(string value) => $"ID cannot represent value: {value}";

    public static string IdNonStringNonInteger(string value) => $"ID cannot represent a non-string and non-integer value: {value}";

    public static string EnumCannotRepresent(string enumName, string value) => $"Enum \"{enumName}\" cannot represent value: {value}";

    public static string EnumNonStringValue(string enumName, string value) => $"Enum \"{enumName}\" cannot represent non-string value: {value}.";

    public static string EnumNonEnumLiteral(string enumName, string value) => $"Enum \"{enumName}\" cannot represent non-enum value: {value}.";

    public static string EnumValueDoesNotExist(string enumName, string value) => $"Value \"{value}\" does not exist in \"{enumName}\" enum.";
}
