using System.Globalization;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Errors;

/// <summary>Syntax error messages of the lexer and parser, worded as graphql-js words them.</summary>
public static partial class ErrorMessages
{
    /// <summary>
    /// A syntax error at a UTF-16 offset of <paramref name="source"/>: "Syntax Error: " + the description, with
    /// the line and column of that offset. Like graphql-js, syntax errors carry no extensions.
    /// </summary>
    public static GraphQLError SyntaxError(string source, int position, string description)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(description);
        int clamped = Math.Clamp(position, 0, source.Length);
        return new GraphQLError("Syntax Error: " + description, [SourceLocation.FromOffset(source, clamped)]);
    }

    internal static string UnexpectedCharacter(string printedCodePoint) => "Unexpected character: " + printedCodePoint + ".";

    internal static string InvalidCharacter(string printedCodePoint) => "Invalid character: " + printedCodePoint + ".";

    internal const string UnexpectedSingleQuote = "Unexpected single quote character ('), did you mean to use a double quote (\")?";

    internal const string UnterminatedString = "Unterminated string.";

    internal static string InvalidCharacterWithinString(string printedCodePoint) => "Invalid character within String: " + printedCodePoint + ".";

    internal static string InvalidUnicodeEscape(string sequence) => "Invalid Unicode escape sequence: \"" + sequence + "\".";

    internal static string InvalidCharacterEscape(string sequence) => "Invalid character escape sequence: \"" + sequence + "\".";

    internal static string InvalidNumberUnexpectedDigitAfterZero(string printedCodePoint) => "Invalid number, unexpected digit after 0: " + printedCodePoint + ".";

    internal static string InvalidNumberExpectedDigit(string printedCodePoint) => "Invalid number, expected digit but got: " + printedCodePoint + ".";

    internal static string ExpectedToken(string expected, string found) => "Expected " + expected + ", found " + found + ".";

    internal static string ExpectedKeyword(string keyword, string found) => "Expected \"" + keyword + "\", found " + found + ".";

    internal static string UnexpectedToken(string found) => "Unexpected " + found + ".";

    internal static string UnexpectedVariableInConstant(string name) => "Unexpected variable \"$" + name + "\" in constant value.";

    internal static string ReservedEnumValue(string tokenDescription) => tokenDescription + " is reserved and cannot be used for an enum value.";

    internal const string DescriptionOnShorthandQuery = "Unexpected description, descriptions are not supported on shorthand queries.";

    internal const string DescriptionNotSupported = "Unexpected description, only GraphQL definitions support descriptions.";

    internal static string TooManyTokens(int maxTokens) =>
        "Document contains more than " + maxTokens.ToString(CultureInfo.InvariantCulture) + " tokens. Parsing aborted.";

    internal static string TooDeep(int maxDepth) =>
        "Document exceeds the maximum nesting depth of " + maxDepth.ToString(CultureInfo.InvariantCulture) + ". Parsing aborted.";
}
