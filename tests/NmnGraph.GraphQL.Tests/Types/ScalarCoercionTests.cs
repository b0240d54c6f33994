using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Tests.Types;

/// <summary>Input and result coercion of the built-in scalars (spec #sec-Scalars), graphql-js wording.</summary>
public class ScalarCoercionTests
{
    public static TheoryData<string, string, object> ValidLiterals => new()
    {
        { "Int", "42", 42 },
        { "Int", "-2147483648", int.MinValue },
        { "Int", "2147483647", int.MaxValue },
        { "Float", "1.5", 1.5 },
        { "Float", "2", 2.0 },
        { "Float", "-1e3", -1000.0 },
        { "String", "\"text\"", "text" },
        { "Boolean", "true", true },
        { "ID", "\"abc\"", "abc" },
        { "ID", "123", "123" },
    };

    [Theory]
    [MemberData(nameof(ValidLiterals))]
    public void Valid_literals_are_coerced(string scalar, string literal, object expected) =>
        Assert.Equal(expected, GetScalar(scalar).ParseLiteral(Parser.ParseConstValue(literal)));

    [Theory]
    [InlineData("Int", "1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Int", "true", "Int cannot represent non-integer value: true")]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "-2147483649", "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("Float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("Float", "ONE", "Float cannot represent non numeric value: ONE")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("String", "[\"a\"]", "String cannot represent a non string value: [\"a\"]")]
    [InlineData("Boolean", "1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("Boolean", "\"true\"", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("ID", "{a: 1}", "ID cannot represent a non-string and non-integer value: {a: 1}")]
    public void Invalid_literals_are_rejected(string scalar, string literal, string message)
    {
        var exception = Assert.Throws<GraphQLException>(() => GetScalar(scalar).ParseLiteral(Parser.ParseConstValue(literal)));
        Assert.Equal(message, exception.Message);
    }

    public static TheoryData<string, object, object> ValidVariableValues => new()
    {
        { "Int", 7, 7 },
        { "Int", 7L, 7 },
        { "Int", 1.0, 1 },
        { "Float", 3, 3.0 },
        { "Float", 2.5, 2.5 },
        { "String", "s", "s" },
        { "Boolean", false, false },
        { "ID", "x1", "x1" },
        { "ID", 12, "12" },
        { "ID", 12L, "12" },
    };

    [Theory]
    [MemberData(nameof(ValidVariableValues))]
    public void Valid_variable_values_are_coerced(string scalar, object value, object expected) =>
        Assert.Equal(expected, GetScalar(scalar).ParseValue(value));

    public static TheoryData<string, object, string> InvalidVariableValues => new()
    {
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", "1", "Int cannot represent non-integer value: \"1\"" },
        { "Int", true, "Int cannot represent non-integer value: true" },
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Float", "1.5", "Float cannot represent non numeric value: \"1.5\"" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "Float", double.PositiveInfinity, "Float cannot represent non numeric value: Infinity" },
        { "Float", false, "Float cannot represent non numeric value: false" },
        { "String", 1, "String cannot represent a non string value: 1" },
        { "String", true, "String cannot represent a non string value: true" },
        { "Boolean", 1, "Boolean cannot represent a non boolean value: 1" },
        { "Boolean", "false", "Boolean cannot represent a non boolean value: \"false\"" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", true, "ID cannot represent value: true" },
    };

    [Theory]
    [MemberData(nameof(InvalidVariableValues))]
    public void Invalid_variable_values_are_rejected(string scalar, object value, string message)
    {
        var exception = Assert.Throws<GraphQLException>(() => GetScalar(scalar).ParseValue(value));
        Assert.Equal(message, exception.Message);
    }

    public static TheoryData<string, object, object> ValidResults => new()
    {
        { "Int", 5, 5 },
        { "Int", 5L, 5 },
        { "Int", 1.0, 1 },
        { "Int", true, 1 },
        { "Int", "12", 12 },
        { "Float", 5, 5.0 },
        { "Float", 0.25f, 0.25 },
        { "Float", "1.5", 1.5 },
        { "Float", false, 0.0 },
        { "String", "x", "x" },
        { "String", true, "true" },
        { "String", 42, "42" },
        { "String", 1.5, "1.5" },
        { "Boolean", true, true },
        { "Boolean", 0, false },
        { "Boolean", 2.5, true },
        { "ID", "id-1", "id-1" },
        { "ID", 77, "77" },
        { "ID", 77L, "77" },
    };

    [Theory]
    [MemberData(nameof(ValidResults))]
    public void Valid_results_are_serialized(string scalar, object value, object expected) =>
        Assert.Equal(expected, GetScalar(scalar).Serialize(value));

    public static TheoryData<string, object, string> InvalidResults => new()
    {
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", "abc", "Int cannot represent non-integer value: \"abc\"" },
        { "Int", 3000000000L, "Int cannot represent non 32-bit signed integer value: 3000000000" },
        { "Int", 1e100, "Int cannot represent non 32-bit signed integer value: 1e+100" },
        { "Int", double.NaN, "Int cannot represent non-integer value: NaN" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "Float", double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity" },
        { "Float", "one", "Float cannot represent non numeric value: \"one\"" },
        { "String", new object[] { 1, 2 }, "String cannot represent value: [1, 2]" },
        { "String", double.NaN, "String cannot represent value: NaN" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "Boolean", double.NaN, "Boolean cannot represent a non boolean value: NaN" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", false, "ID cannot represent value: false" },
    };

    [Theory]
    [MemberData(nameof(InvalidResults))]
    public void Invalid_results_are_rejected(string scalar, object value, string message)
    {
        var exception = Assert.Throws<GraphQLException>(() => GetScalar(scalar).Serialize(value));
        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void Maps_are_inspected_like_graphql_js()
    {
        var exception = Assert.Throws<GraphQLException>(() => ScalarType.String.Serialize(new Dictionary<string, object?> { ["a"] = 1, ["b"] = "x" }));
        Assert.Equal("String cannot represent value: { a: 1, b: \"x\" }", exception.Message);
    }

    [Fact]
    public void Unbound_custom_scalar_passes_values_through()
    {
        var scalar = new ScalarType("JSON");
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1, ["b"] = new object?[] { true, null } }, scalar.ParseLiteral(Parser.ParseConstValue("{a: 1, b: [true, null]}")));
        Assert.Equal("anything", scalar.ParseValue("anything"));
        Assert.Equal(3.5, scalar.Serialize(3.5));
    }

    [Fact]
    public void Bound_custom_scalar_uses_its_delegates()
    {
        Schema schema = SchemaBuilder.FromSdl("scalar Date type Query { today: Date }")
            .BindScalar("Date", new ScalarCoercion
            {
                ParseLiteral = literal => literal is StringValueNode s ? DateOnly.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture) : throw new GraphQLException("Date must be a string."),
                ParseValue = value => DateOnly.Parse((string)value, System.Globalization.CultureInfo.InvariantCulture),
                Serialize = value => ((DateOnly)value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            })
            .Build();
        var date = (ScalarType)schema.GetType("Date")!;
        Assert.Equal(new DateOnly(2023, 11, 6), date.ParseLiteral(Parser.ParseConstValue("\"2023-11-06\"")));
        Assert.Equal(new DateOnly(2024, 1, 2), date.ParseValue("2024-01-02"));
        Assert.Equal("2023-11-06", date.Serialize(new DateOnly(2023, 11, 6)));
        Assert.Equal("Date must be a string.", Assert.Throws<GraphQLException>(() => date.ParseLiteral(Parser.ParseConstValue("5"))).Message);
    }

    [Fact]
    public void Enum_coercion_uses_graphql_js_wording()
    {
        Schema schema = SchemaBuilder.FromSdl("enum Color { RED GREEN } type Query { c: Color }").Build();
        var color = (EnumType)schema.GetType("Color")!;
        Assert.Equal("RED", color.ParseLiteral(Parser.ParseConstValue("RED")));
        Assert.Equal("GREEN", color.ParseValue("GREEN"));
        Assert.Equal("GREEN", color.Serialize("GREEN"));
        Assert.Equal("Value \"BLUE\" does not exist in \"Color\" enum.", Assert.Throws<GraphQLException>(() => color.ParseLiteral(Parser.ParseConstValue("BLUE"))).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?", Assert.Throws<GraphQLException>(() => color.ParseLiteral(Parser.ParseConstValue("\"RED\""))).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-string value: 1.", Assert.Throws<GraphQLException>(() => color.ParseValue(1)).Message);
        Assert.Equal("Value \"BLUE\" does not exist in \"Color\" enum.", Assert.Throws<GraphQLException>(() => color.ParseValue("BLUE")).Message);
        Assert.Equal("Enum \"Color\" cannot represent value: \"BLUE\"", Assert.Throws<GraphQLException>(() => color.Serialize("BLUE")).Message);
    }

    [Fact]
    public void Clr_enums_map_to_constant_case_values()
    {
        Schema schema = SchemaBuilder.FromSdl("enum Stance { SUPPORTS PARTIALLY_SUPPORTS } type Query { s: Stance }")
            .BindEnum<Stance>("Stance")
            .Build();
        var stance = (EnumType)schema.GetType("Stance")!;
        Assert.Equal("PARTIALLY_SUPPORTS", stance.Serialize(Stance.PartiallySupports));
        Assert.Equal(Stance.PartiallySupports, stance.ParseValue("PARTIALLY_SUPPORTS"));
        Assert.Equal(Stance.Supports, stance.ParseLiteral(Parser.ParseConstValue("SUPPORTS")));
    }

    [Fact]
    public void Enum_errors_suggest_near_values()
    {
        Schema schema = SchemaBuilder.FromSdl("enum Stance { SUPPORTS CONTRADICTS } type Query { s: Stance }").Build();
        var stance = (EnumType)schema.GetType("Stance")!;
        Assert.Equal("Value \"SUPORTS\" does not exist in \"Stance\" enum. Did you mean the enum value \"SUPPORTS\"?", Assert.Throws<GraphQLException>(() => stance.ParseValue("SUPORTS")).Message);
        Assert.Equal("Enum \"Stance\" cannot represent non-enum value: \"SUPPORTS\". Did you mean the enum value \"SUPPORTS\"?", Assert.Throws<GraphQLException>(() => stance.ParseLiteral(Parser.ParseConstValue("\"SUPPORTS\""))).Message);
    }

    private static ScalarType GetScalar(string name) => name switch
    {
        "Int" => ScalarType.Int,
        "Float" => ScalarType.Float,
        "String" => ScalarType.String,
        "Boolean" => ScalarType.Boolean,
        _ => ScalarType.ID,
    };

    private enum Stance
    {
        Supports,
        PartiallySupports,
    }
}
