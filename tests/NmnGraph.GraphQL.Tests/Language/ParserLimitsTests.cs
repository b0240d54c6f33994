using System.Text;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Tests.Language;

public sealed class ParserLimitsTests
{
    [Fact]
    public void MaxTokens_counts_every_token_and_stops_at_the_first_one_too_many()
    {
        Assert.Single(Parser.Parse("{ foo }", new ParserOptions { MaxTokens = 3 }).Definitions);
        AssertSyntaxError(() => Parser.Parse("{ foo }", new ParserOptions { MaxTokens = 2 }), "Document contains more than 2 tokens. Parsing aborted.", 1, 7);

        Assert.Single(Parser.Parse("{ foo(bar: \"baz\") }", new ParserOptions { MaxTokens = 8 }).Definitions);
        AssertSyntaxError(() => Parser.Parse("{ foo(bar: \"baz\") }", new ParserOptions { MaxTokens = 7 }), "Document contains more than 7 tokens. Parsing aborted.", 1, 19);
    }

    [Fact]
    public void MaxTokens_ignores_comments_commas_and_whitespace()
    {
        Assert.Single(Parser.Parse("# comment\n{ ,,, foo # another\n }", new ParserOptions { MaxTokens = 3 }).Definitions);
    }

    [Fact]
    public void MaxDepth_limits_selection_sets()
    {
        var options = new ParserOptions { MaxDepth = 3 };
        Assert.Single(Parser.Parse("{ a { b { c } } }", options).Definitions);
        AssertSyntaxError(() => Parser.Parse("{ a { b { c { d } } } }", options), "Document exceeds the maximum nesting depth of 3. Parsing aborted.", 1, 13);
    }

    [Fact]
    public void MaxDepth_counts_values_and_types_inside_selection_sets()
    {
        var options = new ParserOptions { MaxDepth = 3 };
        Assert.Single(Parser.Parse("{ a(b: [[1]]) }", options).Definitions);
        AssertSyntaxError(() => Parser.Parse("{ a(b: [[{c: 1}]]) }", options), "Document exceeds the maximum nesting depth of 3. Parsing aborted.", 1, 10);
        Assert.Single(Parser.Parse("query ($a: [[[Int]]]) { a }", options).Definitions);
        AssertSyntaxError(() => Parser.Parse("query ($a: [[[[Int]]]]) { a }", options), "Document exceeds the maximum nesting depth of 3. Parsing aborted.", 1, 15);
    }

    [Fact]
    public void Default_depth_allows_deep_but_sane_documents()
    {
        Assert.Single(Parser.Parse(Nested(string.Empty, "{a", string.Empty, " }", string.Empty, 900)).Definitions);
        Assert.IsType<ListValueNode>(Parser.ParseValue(Nested(string.Empty, "[", string.Empty, "]", string.Empty, 999)));
    }

    [Theory]
    [InlineData("", "{a", "", " }", "")]
    [InlineData("{a(b:", "[", "1", "]", ") }")]
    [InlineData("{a(b:", "{c:", "1", "}", ") }")]
    [InlineData("query($v: ", "[", "Int", "]", ") { a }")]
    public void Hostile_nesting_without_a_limit_fails_cleanly(string prefix, string open, string inner, string close, string suffix)
    {
        string source = Nested(prefix, open, inner, close, suffix, 100_000);
        GraphQLException exception = Assert.Throws<GraphQLException>(() => Parser.Parse(source));
        Assert.Equal(
            $"Syntax Error: Document exceeds the maximum nesting depth of {ParserOptions.DefaultMaxDepth}. Parsing aborted.",
            Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Hostile_nesting_fails_cleanly_for_values_and_types()
    {
        Assert.Throws<GraphQLException>(() => Parser.ParseValue(new string('[', 100_000)));
        Assert.Throws<GraphQLException>(() => Parser.ParseType(new string('[', 100_000)));
    }

    [Fact]
    public void NoLocations_leaves_nodes_without_locations_but_errors_keep_theirs()
    {
        var options = new ParserOptions { NoLocations = true };
        DocumentNode document = Parser.Parse("query Q($a: Int) { f(a: $a) @d }", options);
        Assert.Null(document.Location);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Null(operation.Location);
        Assert.Null(operation.Name!.Location);
        Assert.Null(operation.VariableDefinitions[0].Location);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Null(field.Location);
        Assert.Null(field.Arguments[0].Value.Location);
        Assert.Null(field.Directives[0].Location);

        AssertSyntaxError(() => Parser.Parse("{ a(", options), "Expected Name, found <EOF>.", 1, 5);
    }

    private static string Nested(string prefix, string open, string inner, string close, string suffix, int depth)
    {
        var builder = new StringBuilder(prefix.Length + ((open.Length + close.Length) * depth) + inner.Length + suffix.Length);
        builder.Append(prefix);
        for (int i = 0; i < depth; i++)
        {
            builder.Append(open);
        }

        builder.Append(inner);
        for (int i = 0; i < depth; i++)
        {
            builder.Append(close);
        }

        return builder.Append(suffix).ToString();
    }

    private static void AssertSyntaxError(Action action, string message, int line, int column)
    {
        GraphQLException exception = Assert.Throws<GraphQLException>(action);
        GraphQLError error = Assert.Single(exception.Errors);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
    }
}
