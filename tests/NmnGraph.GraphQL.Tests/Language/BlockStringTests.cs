using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Fact]
    public void Spec_example_removes_uniform_indentation_and_blank_lines()
    {
        string source = "mutation {\n  sendEmail(message: \"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\")\n}";
        var operation = Assert.IsType<OperationDefinitionNode>(Parser.Parse(source).Definitions[0]);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", Assert.IsType<StringValueNode>(field.Arguments[0].Value).Value);
    }

    [Fact]
    public void Spec_example_block_and_quoted_strings_are_equivalent()
    {
        var block = Assert.IsType<StringValueNode>(Parser.ParseValue("\"\"\"\n  This starts with and ends with an empty line,\n  which makes it easier to read.\n\"\"\""));
        var quoted = Assert.IsType<StringValueNode>(Parser.ParseValue("\"This starts with and ends with an empty line,\\nwhich makes it easier to read.\""));
        Assert.Equal(quoted.Value, block.Value);
        Assert.True(block.Block);
        Assert.False(quoted.Block);
    }

    [Theory]
    [InlineData(new string[] { "" }, "")]
    [InlineData(new string[] { "", "", "  ", "" }, "")]
    [InlineData(new string[] { "", "    Hello,", "      World!", "", "    Yours,", "      GraphQL." }, "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData(new string[] { "  a", "    b" }, "  a\nb")]
    [InlineData(new string[] { "  first", "  second", "    third" }, "  first\nsecond\n  third")]
    [InlineData(new string[] { "", "   a", " ", "   b" }, "a\n\nb")]
    [InlineData(new string[] { "", "\t\ta", "\t\t  b", "" }, "a\n  b")]
    [InlineData(new string[] { "   ", "  x  ", "   " }, "x  ")]
    [InlineData(new string[] { "single" }, "single")]
    public void Dedents_lines_like_BlockStringValue(string[] lines, string expected)
    {
        Assert.Equal(expected, BlockString.DedentLines(lines));
        Assert.Equal(expected, BlockString.Dedent(string.Join("\n", lines)));
        Assert.Equal(expected, BlockString.Dedent(string.Join("\r\n", lines)));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("\tleading tab", "\"\"\"\tleading tab\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"")]
    [InlineData(" leading space and trailing quote\"", "\"\"\" leading space and trailing quote\"\n\"\"\"")]
    [InlineData("trailing backslash\\", "\"\"\"\ntrailing backslash\\\n\"\"\"")]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"")]
    [InlineData("first\n  indented\n\n  again", "\"\"\"\nfirst\n  indented\n\n  again\n\"\"\"")]
    [InlineData("  indented\n  first line", "\"\"\"\n  indented\n  first line\n\"\"\"")]
    [InlineData("triple \"\"\" quote", "\"\"\"triple \\\"\"\" quote\"\"\"")]
    [InlineData("ends with triple \"\"\"", "\"\"\"\nends with triple \\\"\"\"\n\"\"\"")]
    [InlineData("a very long line that is longer than seventy characters gets its own lines", "\"\"\"\na very long line that is longer than seventy characters gets its own lines\n\"\"\"")]
    public void Prints_like_graphql_js_printBlockString(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData("  leading spaces\nnot on every line")]
    [InlineData("\n\nleading blank lines are lost by design")]
    [InlineData("trailing \"quote\"")]
    [InlineData("back\\slash\\")]
    [InlineData("a \"\"\" b \\\"\"\" c")]
    [InlineData("first\n    deeper\n  shallower")]
    [InlineData("tab\tinside and \U0001F600")]
    public void Printed_block_strings_parse_back_to_the_same_value(string value)
    {
        // BlockStringValue drops leading blank lines and indentation common to all lines, so only values
        // without them (every value a parsed block string can have) round-trip.
        string expected = value.StartsWith('\n') ? value.TrimStart('\n') : value;
        string printed = BlockString.Print(expected);
        var parsed = Assert.IsType<StringValueNode>(Parser.ParseValue(printed));
        Assert.Equal(expected, parsed.Value);

        // Indented inside a document, as the printer does, it still means the same.
        string document = Printer.Print(new DocumentNode([new ObjectTypeDefinitionNode(new StringValueNode(expected, true), new NameNode("T"), [], [], [new FieldDefinitionNode(new StringValueNode(expected, true), new NameNode("f"), [], new NamedTypeNode(new NameNode("Int")), [])])]));
        var type = Assert.IsType<ObjectTypeDefinitionNode>(Parser.Parse(document).Definitions[0]);
        Assert.Equal(expected, type.Description!.Value);
        Assert.Equal(expected, type.Fields[0].Description!.Value);
    }
}
