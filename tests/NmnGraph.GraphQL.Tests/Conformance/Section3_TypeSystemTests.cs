using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Conformance;

/// <summary>The spec's scalar, enum, input object and list coercion tables (§3.5, §3.9, §3.10, §3.11) as exact responses.</summary>
public class Section3_TypeSystemTests
{
    private static readonly Schema s_schema = SchemaBuilder.FromSdl("""
        type Query {
          int(x: Int): String
          float(x: Float): String
          string(x: String): String
          boolean(x: Boolean): String
          id(x: ID): String
          color(x: Color): String
          ints(x: [Int]): String
          nested(x: [[Int]]): String
          input(x: In): String
          strictItems(x: [Int!]): String
          outInt(v: String): Int
          outFloat(v: String): Float
          outString(v: String): String
          outBoolean(v: String): Boolean
          outId(v: String): ID
          outColor(v: String): Color
        }
        enum Color { RED GREEN }
        input In { a: Int! b: String }
        """)
        .Bind("Query.int", Echo)
        .Bind("Query.float", Echo)
        .Bind("Query.string", Echo)
        .Bind("Query.boolean", Echo)
        .Bind("Query.id", Echo)
        .Bind("Query.color", Echo)
        .Bind("Query.ints", Echo)
        .Bind("Query.nested", Echo)
        .Bind("Query.input", Echo)
        .Bind("Query.strictItems", Echo)
        .Bind("Query.outInt", Raw)
        .Bind("Query.outFloat", Raw)
        .Bind("Query.outString", Raw)
        .Bind("Query.outBoolean", Raw)
        .Bind("Query.outId", Raw)
        .Bind("Query.outColor", Raw)
        .Build();

    private static object? Echo(IResolverContext context) => ValueFormatter.Inspect(context.Arguments);

    private static object? Raw(IResolverContext context) => (string?)context.Arguments["v"] switch
    {
        "int" => 5,
        "long" => 2147483648L,
        "negLong" => -2147483649L,
        "double1" => 1.0,
        "double15" => 1.5,
        "nan" => double.NaN,
        "inf" => double.PositiveInfinity,
        "true" => true,
        "decimal" => 2.5m,
        "BLUE" => "BLUE",
        "RED" => "RED",
        "string" => "abc",
        "uint" => 3000000000u,
        "short" => (short)7,
        "single" => 1.5f,
        "map" => new Dictionary<string, object?> { ["k"] = "v" },
        _ => null,
    };

    [Theory]
    [InlineData("outInt(v: \"int\")", "{'data':{'outInt':5}}")]
    [InlineData("outInt(v: \"double1\")", "{'data':{'outInt':1}}")]
    [InlineData("outInt(v: \"long\")", "{'errors':[{'message':'Int cannot represent non 32-bit signed integer value: 2147483648','locations':[{'line':1,'column':3}],'path':['outInt']}],'data':{'outInt':null}}")]
    [InlineData("outInt(v: \"negLong\")", "{'errors':[{'message':'Int cannot represent non 32-bit signed integer value: -2147483649','locations':[{'line':1,'column':3}],'path':['outInt']}],'data':{'outInt':null}}")]
    [InlineData("outInt(v: \"double15\")", "{'errors':[{'message':'Int cannot represent non-integer value: 1.5','locations':[{'line':1,'column':3}],'path':['outInt']}],'data':{'outInt':null}}")]
    [InlineData("outFloat(v: \"int\")", "{'data':{'outFloat':5}}")]
    [InlineData("outFloat(v: \"double15\")", "{'data':{'outFloat':1.5}}")]
    [InlineData("outFloat(v: \"decimal\")", "{'data':{'outFloat':2.5}}")]
    [InlineData("outFloat(v: \"nan\")", "{'errors':[{'message':'Float cannot represent non numeric value: NaN','locations':[{'line':1,'column':3}],'path':['outFloat']}],'data':{'outFloat':null}}")]
    [InlineData("outFloat(v: \"inf\")", "{'errors':[{'message':'Float cannot represent non numeric value: Infinity','locations':[{'line':1,'column':3}],'path':['outFloat']}],'data':{'outFloat':null}}")]
    [InlineData("outString(v: \"int\")", "{'data':{'outString':'5'}}")]
    [InlineData("outString(v: \"double15\")", "{'data':{'outString':'1.5'}}")]
    [InlineData("outString(v: \"double1\")", "{'data':{'outString':'1'}}")]
    [InlineData("outString(v: \"map\")", "{'errors':[{'message':'String cannot represent value: { k: \\\"v\\\" }','locations':[{'line':1,'column':3}],'path':['outString']}],'data':{'outString':null}}")]
    [InlineData("outInt(v: \"uint\")", "{'errors':[{'message':'Int cannot represent non 32-bit signed integer value: 3000000000','locations':[{'line':1,'column':3}],'path':['outInt']}],'data':{'outInt':null}}")]
    [InlineData("outInt(v: \"short\")", "{'data':{'outInt':7}}")]
    [InlineData("outFloat(v: \"single\")", "{'data':{'outFloat':1.5}}")]
    [InlineData("outFloat(v: \"string\")", "{'errors':[{'message':'Float cannot represent non numeric value: \\\"abc\\\"','locations':[{'line':1,'column':3}],'path':['outFloat']}],'data':{'outFloat':null}}")]
    [InlineData("outString(v: \"true\")", "{'data':{'outString':'true'}}")]
    [InlineData("outBoolean(v: \"true\")", "{'data':{'outBoolean':true}}")]
    [InlineData("outBoolean(v: \"string\")", "{'errors':[{'message':'Boolean cannot represent a non boolean value: \\\"abc\\\"','locations':[{'line':1,'column':3}],'path':['outBoolean']}],'data':{'outBoolean':null}}")]
    [InlineData("outId(v: \"int\")", "{'data':{'outId':'5'}}")]
    [InlineData("outId(v: \"string\")", "{'data':{'outId':'abc'}}")]
    [InlineData("outId(v: \"true\")", "{'errors':[{'message':'ID cannot represent value: true','locations':[{'line':1,'column':3}],'path':['outId']}],'data':{'outId':null}}")]
    [InlineData("outColor(v: \"RED\")", "{'data':{'outColor':'RED'}}")]
    [InlineData("outColor(v: \"BLUE\")", "{'errors':[{'message':'Enum \\\"Color\\\" cannot represent value: \\\"BLUE\\\"','locations':[{'line':1,'column':3}],'path':['outColor']}],'data':{'outColor':null}}")]
    [InlineData("outColor(v: \"int\")", "{'errors':[{'message':'Enum \\\"Color\\\" cannot represent value: 5','locations':[{'line':1,'column':3}],'path':['outColor']}],'data':{'outColor':null}}")]
    public void Result_coercion(string field, string expected) =>
        Assert.Equal(Json(expected), Run(s_schema, "{ " + field + " }"));

    [Theory]
    [InlineData("int(x: 1)", "{ x: 1 }")]
    [InlineData("int(x: -0)", "{ x: 0 }")]
    [InlineData("float(x: 1)", "{ x: 1 }")]
    [InlineData("float(x: 1.5e1)", "{ x: 15 }")]
    [InlineData("boolean(x: false)", "{ x: false }")]
    [InlineData("id(x: 12)", "{ x: \\\"12\\\" }")]
    [InlineData("id(x: \"12\")", "{ x: \\\"12\\\" }")]
    [InlineData("color(x: GREEN)", "{ x: \\\"GREEN\\\" }")]
    [InlineData("ints(x: 1)", "{ x: [1] }")]
    [InlineData("ints(x: null)", "{ x: null }")]
    [InlineData("ints(x: [1, null, 3])", "{ x: [1, null, 3] }")]
    [InlineData("nested(x: [[1], [2, 3]])", "{ x: [[1], [2, 3]] }")]
    [InlineData("nested(x: [1, 2, 3])", "{ x: [[1], [2], [3]] }")]
    [InlineData("nested(x: 1)", "{ x: [[1]] }")]
    [InlineData("nested(x: null)", "{ x: null }")]
    [InlineData("nested(x: [1, null, 3])", "{ x: [[1], null, [3]] }")]
    [InlineData("nested(x: [1, [2]])", "{ x: [[1], [2]] }")]
    [InlineData("nested(x: [[1], null])", "{ x: [[1], null] }")]
    [InlineData("input(x: {a: 1})", "{ x: { a: 1 } }")]
    [InlineData("input(x: {a: 1, b: null})", "{ x: { a: 1, b: null } }")]
    public void Literal_input_coercion(string field, string inspected)
    {
        string name = field[..field.IndexOf('(', StringComparison.Ordinal)];
        Assert.Equal(Json("{'data':{'" + name + "':'" + inspected + "'}}"), Run(s_schema, "{ " + field + " }"));
    }

    [Theory]
    [InlineData("int(x: 1.5)", "1.5")]
    [InlineData("int(x: \"1\")", "\\\"1\\\"")]
    [InlineData("int(x: 2147483648)", "2147483648")]
    [InlineData("float(x: \"1.5\")", "\\\"1.5\\\"")]
    [InlineData("float(x: true)", "true")]
    [InlineData("string(x: 1)", "1")]
    [InlineData("boolean(x: 1)", "1")]
    [InlineData("boolean(x: \"true\")", "\\\"true\\\"")]
    [InlineData("id(x: 1.5)", "1.5")]
    [InlineData("color(x: \"RED\")", "\\\"RED\\\"")]
    [InlineData("color(x: BLUE)", "BLUE")]
    [InlineData("ints(x: [1, \"b\", true])", "[1, \\\"b\\\", true]")]
    [InlineData("nested(x: [[1], [\"b\"]])", "[[1], [\\\"b\\\"]]")]
    [InlineData("input(x: {b: \"x\"})", "{b: \\\"x\\\"}")]
    [InlineData("input(x: {a: 1, c: 2})", "{a: 1, c: 2}")]
    [InlineData("input(x: {a: null})", "{a: null}")]
    public void Invalid_literals_are_field_errors(string field, string printed)
    {
        string name = field[..field.IndexOf('(', StringComparison.Ordinal)];
        int column = 3 + name.Length + 4;
        Assert.Equal(
            Json("{'errors':[{'message':'Argument \\\"x\\\" has invalid value " + printed + ".','locations':[{'line':1,'column':" + column + "}],'path':['" + name + "']}],'data':{'" + name + "':null}}"),
            Run(s_schema, "{ " + field + " }"));
    }

    [Theory]
    [InlineData("Int", "input", "{a: $v}", "{'v':4}", "{ x: { a: 4 } }")]
    [InlineData("Int", "strictItems", "[1, $v]", "{'v':4}", "{ x: [1, 4] }")]
    public void Variables_inside_literals(string type, string field, string literal, string json, string inspected) =>
        Assert.Equal(
            Json("{'data':{'" + field + "':'" + inspected + "'}}"),
            Run(s_schema, "query($v: " + type + ") { " + field + "(x: " + literal + ") }", Variables(Json(json))));

    [Theory]
    [InlineData("input", "{a: $v}", "{}")]
    [InlineData("input", "{a: $v}", "{'v':null}")]
    [InlineData("strictItems", "[1, $v]", "{}")]
    [InlineData("strictItems", "[1, $v]", "{'v':null}")]
    public void Missing_or_null_variables_inside_literals_fail_non_null_positions(string field, string literal, string json)
    {
        int column = 17 + field.Length + 5;
        Assert.Equal(
            Json("{'errors':[{'message':'Argument \\\"x\\\" has invalid value " + literal + ".','locations':[{'line':1,'column':" + column + "}],'path':['" + field + "']}],'data':{'" + field + "':null}}"),
            Run(s_schema, "query($v: Int) { " + field + "(x: " + literal + ") }", Variables(Json(json))));
    }

    [Theory]
    [InlineData("Int", "int", "1.0", "{ x: 1 }")]
    [InlineData("Int", "int", "1e3", "{ x: 1000 }")]
    [InlineData("Float", "float", "2", "{ x: 2 }")]
    [InlineData("ID", "id", "7", "{ x: \\\"7\\\" }")]
    [InlineData("[Int]", "ints", "[1,null]", "{ x: [1, null] }")]
    [InlineData("[[Int]]", "nested", "[1,[2]]", "{ x: [[1], [2]] }")]
    public void Variable_input_coercion(string type, string field, string json, string inspected) =>
        Assert.Equal(
            Json("{'data':{'" + field + "':'" + inspected + "'}}"),
            Run(s_schema, "query($v: " + type + ") { " + field + "(x: $v) }", Variables("{\"v\":" + json + "}")));

    [Theory]
    [InlineData("String", "string", "1", "String cannot represent a non string value: 1")]
    [InlineData("Boolean", "boolean", "1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("ID", "id", "1.5", "ID cannot represent value: 1.5")]
    [InlineData("ID", "id", "true", "ID cannot represent value: true")]
    [InlineData("Color", "color", "1", "Enum \\\"Color\\\" cannot represent non-string value: 1.")]
    [InlineData("Int", "int", "[1]", "Int cannot represent non-integer value: [1]")]
    [InlineData("Float", "float", "'1'", "Float cannot represent non numeric value: '1'")]
    public void Invalid_variables(string type, string field, string json, string reason) =>
        Assert.Equal(
            Json("{'errors':[{'message':'Variable \\\"$v\\\" got invalid value " + Quote(json) + "; " + Quote(reason) + "','locations':[{'line':1,'column':7}]}]}"),
            Run(s_schema, "query($v: " + type + ") { " + field + "(x: $v) }", Variables(Json("{'v':" + json + "}"))));

    private static string Quote(string text) => text.Replace("'", "\\\"", StringComparison.Ordinal);

    [Theory]
    [InlineData("type Query { a(x: Int, y: Float, z: ID): String b: Boolean }", "type Query {\n  a(x: Int, y: Float, z: ID): String\n  b: Boolean\n}\n")]
    [InlineData("\"Docs.\" schema { query: Query } type Query { a: Int }", "\"Docs.\"\nschema {\n  query: Query\n}\n\ntype Query {\n  a: Int\n}\n")]
    [InlineData("schema { query: Root } type Root { a: Int }", "schema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}\n")]
    public void Printed_sdl_omits_built_in_scalars_and_directives(string sdl, string expected) =>
        Assert.Equal(expected, SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build()));
}
