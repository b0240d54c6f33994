namespace NmnGraph.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, UTF-16 offsets, the 1-based line and column of its start, and its value
/// (the name, the number as written, or the string with escapes resolved; null for punctuators).
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>How graphql-js describes the token in an error message: <c>Name "x"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Description => Value is null ? KindDescription(Kind) : KindDescription(Kind) + " \"" + Value + "\"";

    /// <summary>graphql-js getTokenKindDesc: punctuators are quoted, other kinds are named.</summary>
    public static string KindDescription(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };
}
