namespace NmnGraph.GraphQL.Language;

/// <summary>The kinds of lexical tokens (spec #sec-Language.Source-Text.Lexical-Tokens), as graphql-js names them.</summary>
public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
