using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Theory]
    [InlineData("query { id, name }", "{\n  id\n  name\n}")]
    [InlineData("query Q($a: Int = 1) @dir { f }", "query Q($a: Int = 1) @dir {\n  f\n}")]
    [InlineData("query ($foo: TestType) @testDirective { id, name }", "query ($foo: TestType) @testDirective {\n  id\n  name\n}")]
    [InlineData("mutation { id, name }", "mutation {\n  id\n  name\n}")]
    [InlineData("subscription S { a }", "subscription S {\n  a\n}")]
    [InlineData(
        "query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) { id }",
        "query ($foo: TestType = {a: 123} @testDirective(if: true) @test) {\n  id\n}")]
    [InlineData(
        "{ trip(wheelchair: false arriveBy: false includePlannedCancellations: true transitDistanceReluctance: 2000) { dateTime } }",
        "{\n  trip(\n    wheelchair: false\n    arriveBy: false\n    includePlannedCancellations: true\n    transitDistanceReluctance: 2000\n  ) {\n    dateTime\n  }\n}")]
    [InlineData("{ a: b(c: [1, 2.5, \"x\", E, null, true, false, $v, {d: []}]) @x @y(z: {}) }", "{\n  a: b(c: [1, 2.5, \"x\", E, null, true, false, $v, {d: []}]) @x @y(z: {})\n}")]
    [InlineData("{ ...F @d ... on T { a } ... @d { b } }", "{\n  ...F @d\n  ... on T {\n    a\n  }\n  ... @d {\n    b\n  }\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("\"d\" fragment F on T { a }", "\"d\"\nfragment F on T {\n  a\n}")]
    [InlineData("\"d\" query { a }", "\"d\"\nquery {\n  a\n}")]
    [InlineData("query (\"d\" $a: Int, $b: [Int!]!) { a }", "query (\n\"d\"\n$a: Int\n$b: [Int!]!\n) {\n  a\n}")]
    [InlineData("{ a(s: \"\"\"  indented\"\"\") }", "{\n  a(s: \"\"\"  indented\"\"\")\n}")]
    [InlineData("type A implements B & C @d { a(b: Int = 1 @d, c: [String!]!): A @e }", "type A implements B & C @d {\n  a(b: Int = 1 @d, c: [String!]!): A @e\n}")]
    [InlineData("type A { a(\"d\" b: Int): A }", "type A {\n  a(\n    \"d\"\n    b: Int\n  ): A\n}")]
    [InlineData("union U = | A | B", "union U = A | B")]
    [InlineData("extend union U @d", "extend union U @d")]
    [InlineData("enum E { A B @d }", "enum E {\n  A\n  B @d\n}")]
    [InlineData("input I { a: Int = 1, b: I }", "input I {\n  a: Int = 1\n  b: I\n}")]
    [InlineData("directive @d(a: Int) repeatable on | FIELD | QUERY", "directive @d(a: Int) repeatable on FIELD | QUERY")]
    [InlineData("schema @d { query: Q mutation: M }", "schema @d {\n  query: Q\n  mutation: M\n}")]
    [InlineData("extend schema @d { subscription: S }", "extend schema @d {\n  subscription: S\n}")]
    [InlineData("extend scalar S @d", "extend scalar S @d")]
    [InlineData("extend type T implements I", "extend type T implements I")]
    [InlineData("extend interface I implements J @d { a: Int }", "extend interface I implements J @d {\n  a: Int\n}")]
    [InlineData("extend enum E { A }", "extend enum E {\n  A\n}")]
    [InlineData("extend input I { a: Int }", "extend input I {\n  a: Int\n}")]
    [InlineData("scalar A\ntype B", "scalar A\n\ntype B")]
    public void Prints_like_graphql_js(string source, string expected)
    {
        string printed = Printer.Print(Parser.Parse(source));
        Assert.Equal(expected, printed);
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Fact]
    public void Prints_nodes_other_than_documents()
    {
        Assert.Equal("[Int!]!", Printer.Print(Parser.ParseType("[ Int ! ] !")));
        Assert.Equal("{a: [1, $b]}", Printer.Print(Parser.ParseValue("{ a : [ 1 $b ] }")));
        Assert.Equal("name", Printer.Print(new NameNode("name")));
        Assert.Equal("field(a: 1)", Printer.Print(new FieldNode(null, new NameNode("field"), [new ArgumentNode(new NameNode("a"), new IntValueNode("1"))], [], null)));
    }

    [Fact]
    public void Prints_strings_escaped_like_graphql_js()
    {
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u0007\\u007F\\u009F\u00A0\u00E9/\\t\\b\\f\\r\\u001F\"", Printer.PrintString("a\"b\\c\nd\u0007\u007F\u009F\u00A0\u00E9/\t\b\f\r\u001F"));
        Assert.Equal("\"\\u0000\"", Printer.PrintString("\0"));
        Assert.Equal("\"\U0001F600\"", Printer.PrintString("\U0001F600"));
    }

    [Fact]
    public void Printed_strings_parse_back_to_the_same_value()
    {
        string value = "quote \" backslash \\ controls \u0001\u001F\u007F\u0085 unicode \U0001F600 \u00E9";
        var parsed = Assert.IsType<StringValueNode>(Parser.ParseValue(Printer.PrintString(value)));
        Assert.Equal(value, parsed.Value);
    }

    [Fact]
    public void A_hostile_tree_built_in_code_fails_cleanly_instead_of_overflowing_the_stack()
    {
        TypeNode type = new NamedTypeNode(new NameNode("Int"));
        for (int i = 0; i < 1_000_000; i++)
        {
            type = new ListTypeNode(type);
        }

        Assert.Throws<InsufficientExecutionStackException>(() => Printer.Print(type));
    }
}
