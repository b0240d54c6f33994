using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static string Render(string source)
    {
        IReadOnlyList<Token> tokens = Lexer.Tokenize(source);
        var parts = new List<string>();
        foreach (Token token in tokens)
        {
            if (token.Kind == TokenKind.EndOfFile)
            {
                break;
            }

            parts.Add(token.Value is null ? token.Kind.ToString() : $"{token.Kind}({token.Value})");
        }

        return string.Join(" ", parts);
    }

    [Theory]
    [InlineData("!", "Bang")]
    [InlineData("$", "Dollar")]
    [InlineData("&", "Amp")]
    [InlineData("(", "ParenL")]
    [InlineData(")", "ParenR")]
    [InlineData("...", "Spread")]
    [InlineData(":", "Colon")]
    [InlineData("=", "Equals")]
    [InlineData("@", "At")]
    [InlineData("[", "BracketL")]
    [InlineData("]", "BracketR")]
    [InlineData("{", "BraceL")]
    [InlineData("|", "Pipe")]
    [InlineData("}", "BraceR")]
    [InlineData("foo", "Name(foo)")]
    [InlineData("_a1_B2", "Name(_a1_B2)")]
    [InlineData("\uFEFF foo", "Name(foo)")]
    [InlineData(",,, a # comment, with {punctuators}\n\tb", "Name(a) Name(b)")]
    [InlineData("a#no space\r\nb", "Name(a) Name(b)")]
    [InlineData("#only a comment", "")]
    [InlineData("", "")]
    [InlineData("4", "Int(4)")]
    [InlineData("-4", "Int(-4)")]
    [InlineData("0", "Int(0)")]
    [InlineData("-0", "Int(-0)")]
    [InlineData("9", "Int(9)")]
    [InlineData("4.123", "Float(4.123)")]
    [InlineData("-4.123", "Float(-4.123)")]
    [InlineData("0.123", "Float(0.123)")]
    [InlineData("123e4", "Float(123e4)")]
    [InlineData("123E4", "Float(123E4)")]
    [InlineData("123e-4", "Float(123e-4)")]
    [InlineData("123e+4", "Float(123e+4)")]
    [InlineData("-1.123e4567", "Float(-1.123e4567)")]
    [InlineData("1 2,3", "Int(1) Int(2) Int(3)")]
    [InlineData("1)", "Int(1) ParenR")]
    [InlineData("\"simple\"", "String(simple)")]
    [InlineData("\" white space \"", "String( white space )")]
    [InlineData("\"quote \\\"\"", "String(quote \")")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "String(escaped \n\r\b\t\f)")]
    [InlineData("\"slashes \\\\ \\/\"", "String(slashes \\ /)")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "String(unicode \u1234\u5678\u90AB\uCDEF)")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "String(unicode \u1234\u5678\u90AB\uCDEF)")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "String(string with unicode escape outside BMP \U0001F600)")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "String(string with minimal unicode escape \0)")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "String(string with maximal unicode escape \U0010FFFF)")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "String(string with maximal minimal unicode escape \0)")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "String(string with unicode surrogate pair escape \U0001F600)")]
    [InlineData("\"string with unicode surrogate pair escape \\uD800\\uDC00\"", "String(string with unicode surrogate pair escape \U00010000)")]
    [InlineData("\"string with unicode surrogate pair escape \\uDBFF\\uDFFF\"", "String(string with unicode surrogate pair escape \U0010FFFF)")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "String(unescaped unicode outside BMP \U0001F600)")]
    [InlineData("\"unescaped control char \u0007\"", "String(unescaped control char \u0007)")]
    [InlineData("\"\"", "String()")]
    [InlineData("\"\"\"\"\"\"", "BlockString()")]
    [InlineData("\"\"\"simple\"\"\"", "BlockString(simple)")]
    [InlineData("\"\"\" white space \"\"\"", "BlockString( white space )")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "BlockString(contains \" quote)")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "BlockString(contains \"\"\" triple quote)")]
    [InlineData("\"\"\"multi\nline\"\"\"", "BlockString(multi\nline)")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "BlockString(multi\nline\nnormalized)")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "BlockString(unescaped \\n\\r\\b\\t\\f\\u1234)")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", "BlockString(unescaped unicode outside BMP \U0001F600)")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "BlockString(slashes \\\\ \\/)")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "BlockString(spans\n  multiple\n    lines)")]
    [InlineData("query Q($a: [Int!]! = [1]) @d { ...F ... on T { a: b } }", "Name(query) Name(Q) ParenL Dollar Name(a) Colon BracketL Name(Int) Bang BracketR Bang Equals BracketL Int(1) BracketR ParenR At Name(d) BraceL Spread Name(F) Spread Name(on) Name(T) BraceL Name(a) Colon Name(b) BraceR BraceR")]
    public void Reads_tokens(string source, string expected)
    {
        Assert.Equal(expected, Render(source));
    }

    [Theory]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1, 1)]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("~", "Unexpected character: \"~\".", 1, 1)]
    [InlineData("..", "Unexpected character: \".\".", 1, 1)]
    [InlineData("a ..b", "Unexpected character: \".\".", 1, 3)]
    [InlineData("\u00AA", "Unexpected character: U+00AA.", 1, 1)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1, 1)]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.", 1, 1)]
    [InlineData("'a'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"no end quote", "Unterminated string.", 1, 14)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 1, 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 25)]
    [InlineData("\"cannot escape half a pair \\uD83D\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28)]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"no end quote", "Unterminated string.", 1, 16)]
    [InlineData("\"\"\"a\nb\nc", "Unterminated string.", 3, 2)]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("01.23", "Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1, 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1, 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("1.0e\"", "Invalid number, expected digit but got: '\"'.", 1, 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 1, 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 1, 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 1, 5)]
    [InlineData("0x", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("0b10", "Invalid number, expected digit but got: \"b\".", 1, 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 1, 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 1, 5)]
    [InlineData("1.234_5", "Invalid number, expected digit but got: \"_\".", 1, 6)]
    [InlineData("\n\n   ?", "Unexpected character: \"?\".", 3, 4)]
    [InlineData("\r\n\r\n ?", "Unexpected character: \"?\".", 3, 2)]
    [InlineData("\r\r?", "Unexpected character: \"?\".", 3, 1)]
    [InlineData("\"\"\"a\n  b\"\"\" ?", "Unexpected character: \"?\".", 2, 8)]
    public void Reports_lexical_errors(string source, string message, int line, int column)
    {
        AssertLexError(source, message, line, column);
    }

    [Fact]
    public void Reports_a_lone_surrogate_outside_strings_as_invalid()
    {
        AssertLexError("\uD83D", "Invalid character: U+D83D.", 1, 1);
        AssertLexError("# comment \uDE00\n", "Invalid character: U+DE00.", 1, 11);
    }

    [Fact]
    public void Reports_a_lone_surrogate_inside_strings()
    {
        AssertLexError("\"bad \uD83D\"", "Invalid character within String: U+D83D.", 1, 6);
        AssertLexError("\"bad \uDE00 x\"", "Invalid character within String: U+DE00.", 1, 6);
        AssertLexError("\"\"\"bad \uDEAD\"\"\"", "Invalid character within String: U+DEAD.", 1, 8);
    }

    [Fact]
    public void Tracks_line_and_column_of_tokens()
    {
        IReadOnlyList<Token> tokens = Lexer.Tokenize("\n\n    foo\r\n  \"\"\"a\n\n b\"\"\" bar\rbaz , 1");
        Assert.Equal(new Token(TokenKind.Name, 6, 9, 3, 5, "foo"), tokens[0]);
        Assert.Equal(TokenKind.BlockString, tokens[1].Kind);
        Assert.Equal((4, 3), (tokens[1].Line, tokens[1].Column));
        Assert.Equal("a\n\nb", tokens[1].Value);
        Assert.Equal(new Token(TokenKind.Name, 25, 28, 6, 7, "bar"), tokens[2]);
        Assert.Equal(new Token(TokenKind.Name, 29, 32, 7, 1, "baz"), tokens[3]);
        Assert.Equal(new Token(TokenKind.Int, 35, 36, 7, 7, "1"), tokens[4]);
        Assert.Equal(new Token(TokenKind.EndOfFile, 36, 36, 7, 8, null), tokens[5]);
    }

    [Fact]
    public void Interns_names_within_a_document()
    {
        IReadOnlyList<Token> tokens = Lexer.Tokenize("id id");
        Assert.Same(tokens[0].Value, tokens[1].Value);
    }

    [Fact]
    public void Stays_at_end_of_file()
    {
        var lexer = new Lexer("a");
        Assert.Equal(TokenKind.StartOfFile, lexer.Kind);
        Assert.Equal(TokenKind.Name, lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
    }

    [Fact]
    public void Describes_tokens_as_graphql_js()
    {
        Assert.Equal("Name \"x\"", new Token(TokenKind.Name, 0, 1, 1, 1, "x").Description);
        Assert.Equal("\"...\"", new Token(TokenKind.Spread, 0, 3, 1, 1, null).Description);
        Assert.Equal("<EOF>", new Token(TokenKind.EndOfFile, 0, 0, 1, 1, null).Description);
        Assert.Equal("BlockString \"b\"", new Token(TokenKind.BlockString, 0, 7, 1, 1, "b").Description);
    }

    private static void AssertLexError(string source, string message, int line, int column)
    {
        GraphQLException exception = Assert.Throws<GraphQLException>(() => Lexer.Tokenize(source));
        GraphQLError error = Assert.Single(exception.Errors);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
        Assert.Null(error.Extensions);
    }
}
