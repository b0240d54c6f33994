using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Tests.Conformance;

/// <summary>The spec's Language section (§2) and its grammar summary (Appendix C): what must parse, what must not.</summary>
public class Section2_LanguageTests
{
    [Theory]
    [InlineData("\"Describes the query.\" query Q { a }")]
    [InlineData("\"\"\"Block.\"\"\" mutation { a }")]
    [InlineData("\"F\" fragment F on T { a }")]
    [InlineData("query Q(\"the id\" $id: ID = 1 @dir, \"\"\"two\"\"\" $b: [Int!]! = [1]) { a }")]
    [InlineData("extend schema @dir")]
    [InlineData("extend schema { subscription: S }")]
    [InlineData("extend schema @a @b { query: Q }")]
    [InlineData("type T")]
    [InlineData("extend type T @dir")]
    [InlineData("extend type T implements I")]
    [InlineData("interface I implements J & K { a: Int }")]
    [InlineData("type T implements & I & J { a: Int }")]
    [InlineData("union U = | A | B")]
    [InlineData("union U")]
    [InlineData("extend union U @dir")]
    [InlineData("enum E")]
    [InlineData("input I")]
    [InlineData("directive @d repeatable on | FIELD | QUERY")]
    [InlineData("directive @d(\"arg\" a: Int = 1 @deprecated) on VARIABLE_DEFINITION")]
    [InlineData("scalar S @specifiedBy(url: \"x\")")]
    [InlineData("{ a(x: {b: [1 2 3], c: $v, d: ENUM, e: null, f: true, g: 1.5e-3}) }")]
    [InlineData("{ a ,,, b\r\n\tc \uFEFF d }")]
    [InlineData("# caf\u00e9 \U0001F600\n{ _ __a a_1 }")]
    [InlineData("query ($a: Int) { a }")]
    [InlineData("{ a(on: 1, true: 2, null: 3, fragment: 4) { query mutation subscription on } }")]
    [InlineData("fragment truefrag on T { a }")]
    [InlineData("{ ... on T { a } ... @skip(if: true) { b } ... { c } }")]
    [InlineData("query Q($v: Int @dir(a: 1)) { a }")]
    [InlineData("{ a(x: -0, y: 0.0, z: 0e0, w: 1E+2) }")]
    public void Accepted_documents(string source)
    {
        DocumentNode document = Parser.Parse(source);

        Assert.NotEmpty(document.Definitions);
    }

    [Theory]
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("{ caf\u00e9 }", "Unexpected character: U+00E9.", 1, 6)]
    [InlineData("{ a(x: 00) }", "Invalid number, unexpected digit after 0: \"0\".", 1, 9)]
    [InlineData("{ a(x: 1.) }", "Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: .5) }", "Unexpected character: \".\".", 1, 8)]
    [InlineData("{ a(x: 1.5e) }", "Invalid number, expected digit but got: \")\".", 1, 12)]
    [InlineData("{ a(x: 0x1) }", "Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(x: 1_000) }", "Invalid number, expected digit but got: \"_\".", 1, 9)]
    [InlineData("{ a(x: 1.2a) }", "Invalid number, expected digit but got: \"a\".", 1, 11)]
    [InlineData("{ a(x: \"\\u{110000}\") }", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD800\") }", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(x: \"\\uDE00\\uD83D\") }", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{D800}\") }", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)]
    [InlineData("{ a(x: \"\\x\") }", "Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ a(x: \"a\nb\") }", "Unterminated string.", 1, 10)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("directive @d on FIELD | NOPE", "Unexpected Name \"NOPE\".", 1, 25)]
    [InlineData("query Q($v: Int = $w) { a }", "Unexpected variable \"$w\" in constant value.", 1, 19)]
    [InlineData("type T { a: Int = 1 }", "Expected Name, found \"=\".", 1, 17)]
    [InlineData("{ a(x: [1, $v, {b: $w}]) } query ($v: Int = {b: $x}) { c }", "Unexpected variable \"$x\" in constant value.", 1, 49)]
    public void Rejected_documents(string source, string message, int line, int column)
    {
        GraphQLException exception = Assert.Throws<GraphQLException>(() => Parser.Parse(source));
        GraphQLError error = Assert.Single(exception.Errors);

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
    }

    // Built at run time: xunit would replace a lone surrogate in theory data with U+FFFD.
    [Fact]
    public void Lone_surrogate_in_source_is_not_a_source_character()
    {
        string source = "{ a(x: \"" + (char)0xD800 + "\") }";
        GraphQLException exception = Assert.Throws<GraphQLException>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", Assert.Single(exception.Errors).Message);
    }

    [Theory]
    [InlineData("\"\\u00e9\\u{1F600}\"", "\u00e9\U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\u{0}\"", "\0")]
    [InlineData("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\b\f\n\r\t")]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"  \n\n  a\n   b  \n\n\"\"\"", "a\n b  ")]
    [InlineData("\"\"\"\\\"\"\" \\n\"\"\"", "\"\"\" \\n")]
    [InlineData("\"\"\"a\r\n  b\r  c\"\"\"", "a\nb\nc")]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"   \"\"\"", "")]
    [InlineData("\"\"\"\t  x\"\"\"", "\t  x")]
    [InlineData("\"\"\"\\u{1F600} \\n\"\"\"", "\\u{1F600} \\n")]
    [InlineData("\"caf\u00e9 \U0001F600\"", "caf\u00e9 \U0001F600")]
    [InlineData("\"\u0001\"", "\u0001")]
    public void String_values(string source, string value) =>
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(source)).Value);

    [Theory]
    [InlineData("\"Describes the query.\"\nquery Q(\"the id\" $id: ID = 1 @dir) {\n  a\n}")]
    [InlineData("\"F\"\nfragment F on T {\n  a\n}")]
    [InlineData("extend schema @dir")]
    [InlineData("query Q($v: Int @dir(a: 1)) {\n  a(x: {b: [1, 2], c: $v, d: ENUM, e: null})\n}")]
    public void Printer_keeps_what_the_grammar_allows(string source)
    {
        DocumentNode document = Parser.Parse(source);
        string printed = Printer.Print(document);

        Language.AstComparer.AssertEqual(document, Parser.Parse(printed));
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }
}
