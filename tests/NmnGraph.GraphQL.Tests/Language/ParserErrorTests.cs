using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Tests.Language;

public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("  # only a comment\n", "Unexpected <EOF>.", 2, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ a { } }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("{ a(b: \"\"\"x\"\"\") } {", "Expected Name, found <EOF>.", 1, 20)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("query Foo($x: Int = $) { field }", "Unexpected \"$\".", 1, 21)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("query Foo() { a }", "Expected \"$\", found \")\".", 1, 11)]
    [InlineData("query Foo($a) { a }", "Expected \":\", found \")\".", 1, 13)]
    [InlineData("query Foo($a: ) { a }", "Expected Name, found \")\".", 1, 15)]
    [InlineData("query Foo($a: [Int) { a }", "Expected \"]\", found \")\".", 1, 19)]
    [InlineData("{ a() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a(b 1) }", "Expected \":\", found Int \"1\".", 1, 7)]
    [InlineData("{ a(b: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ a(b: $) }", "Expected Name, found \")\".", 1, 9)]
    [InlineData("{ a(b: {c}) }", "Expected \":\", found \"}\".", 1, 10)]
    [InlineData("{ a(b: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ a @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q @d(a: 1", "Expected Name, found <EOF>.", 1, 16)]
    [InlineData("mutation M", "Expected \"{\", found <EOF>.", 1, 11)]
    [InlineData("subscription S { a } extra", "Unexpected Name \"extra\".", 1, 22)]
    [InlineData("fragment F { a }", "Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("fragment F on { a }", "Expected Name, found \"{\".", 1, 15)]
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\n  \"\"\"Invalid\"\"\"\n  { __typename }", "Unexpected description, descriptions are not supported on shorthand queries.", 2, 3)]
    [InlineData("\"desc\" extend type A @d", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\" notADefinition", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\"", "Unexpected <EOF>.", 1, 7)]
    [InlineData("\"desc\" 1", "Unexpected Int \"1\".", 1, 8)]
    [InlineData("query Q(\"desc\" a: Int) { a }", "Expected \"$\", found Name \"a\".", 1, 16)]
    [InlineData("{ a(\"desc\" b: 1) }", "Expected Name, found String \"desc\".", 1, 5)]
    [InlineData("type A {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("type A { a }", "Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type A { a(): Int }", "Expected Name, found \")\".", 1, 12)]
    [InlineData("type A implements { a: Int }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("type A implements B & { a: Int }", "Expected Name, found \"{\".", 1, 23)]
    [InlineData("type A implements & & B", "Expected Name, found \"&\".", 1, 21)]
    [InlineData("type A implements B, C", "Unexpected Name \"C\".", 1, 22)]
    [InlineData("type A { a: Int = 1 }", "Expected Name, found \"=\".", 1, 17)]
    [InlineData("type A { a(b: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("type A @d(a: $v)", "Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("input I { a: Int = $v }", "Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("input I { a(b: Int): Int }", "Expected \":\", found \"(\".", 1, 12)]
    [InlineData("input I {}", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("union U = | | A", "Expected Name, found \"|\".", 1, 13)]
    [InlineData("union U = ", "Expected Name, found <EOF>.", 1, 11)]
    [InlineData("union U = A | B |", "Expected Name, found <EOF>.", 1, 18)]
    [InlineData("enum E {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A false }", "Name \"false\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("enum E { \"d\" null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum E { 1 }", "Expected Name, found Int \"1\".", 1, 10)]
    [InlineData("schema {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("schema { foo: Bar }", "Unexpected Name \"foo\".", 1, 10)]
    [InlineData("schema @d", "Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("directive @d", "Expected \"on\", found <EOF>.", 1, 13)]
    [InlineData("directive @d on", "Expected Name, found <EOF>.", 1, 16)]
    [InlineData("directive @d on FOO", "Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d on FIELD | field", "Unexpected Name \"field\".", 1, 25)]
    [InlineData("directive @d repeatable", "Expected \"on\", found <EOF>.", 1, 24)]
    [InlineData("directive @d on repeatable FIELD", "Unexpected Name \"repeatable\".", 1, 17)]
    [InlineData("directive d on FIELD", "Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("extend", "Unexpected <EOF>.", 1, 7)]
    [InlineData("extend query", "Unexpected Name \"query\".", 1, 8)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema {}", "Expected Name, found \"}\".", 1, 16)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend type T {}", "Expected Name, found \"}\".", 1, 16)]
    [InlineData("extend interface I", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union U", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend input I {}", "Expected Name, found \"}\".", 1, 17)]
    [InlineData("extend type T @d(a: $v)", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("{ a }\n\n  { b(c: 1.) }", "Invalid number, expected digit but got: \")\".", 3, 12)]
    public void Reports_syntax_errors(string source, string message, int line, int column)
    {
        GraphQLException exception = Assert.Throws<GraphQLException>(() => Parser.Parse(source));
        GraphQLError error = Assert.Single(exception.Errors);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
        Assert.Equal(error.Message, exception.Message);
    }

    [Fact]
    public void TryParse_returns_the_error_instead_of_throwing()
    {
        Assert.False(Parser.TryParse("{ a", out DocumentNode? document, out GraphQLError? error));
        Assert.Null(document);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
        Assert.Equal(new SourceLocation(1, 4), Assert.Single(error.Locations!));

        Assert.True(Parser.TryParse("{ a }", out document, out error));
        Assert.Null(error);
        Assert.Single(document.Definitions);
    }

    [Fact]
    public void ParseValue_accepts_variables_and_ParseConstValue_does_not()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\" $v]"));
        Assert.Equal(3, list.Values.Count);
        Assert.Equal("v", Assert.IsType<VariableNode>(list.Values[2]).Name.Value);

        GraphQLException exception = Assert.Throws<GraphQLException>(() => Parser.ParseConstValue("[$v]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", exception.Errors[0].Message);

        exception = Assert.Throws<GraphQLException>(() => Parser.ParseValue("1 2"));
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", exception.Errors[0].Message);
    }

    [Fact]
    public void ParseType_reads_wrapped_types()
    {
        var nonNull = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[MyType!]!"));
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        var innerNonNull = Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("MyType", Assert.IsType<NamedTypeNode>(innerNonNull.Type).Name.Value);
        Assert.Equal(new Location(0, 10, 1, 1), nonNull.Location);
        Assert.Equal(new Location(0, 9, 1, 1), list.Location);
        Assert.Equal(new Location(1, 8, 1, 2), innerNonNull.Location);

        GraphQLException exception = Assert.Throws<GraphQLException>(() => Parser.ParseType("Int!!"));
        Assert.Equal("Syntax Error: Expected <EOF>, found \"!\".", exception.Errors[0].Message);
    }
}
