using System.Globalization;
using System.Text;
using NmnGraph.GraphQL.Errors;

namespace NmnGraph.GraphQL.Language;

/// <summary>
/// Reads the tokens of a GraphQL source text one at a time (spec #sec-Language.Source-Text), skipping ignored
/// tokens (spec #sec-Language.Source-Text.Ignored-Tokens). Works on the string in place; names are interned
/// per document so that repeated names share one string. Errors are thrown as <see cref="GraphQLException"/>
/// with a graphql-js worded "Syntax Error: …" message.
/// </summary>
public sealed class Lexer
{
    private readonly string _source;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private string[]? _names;
    private int _nameCount;
    private StringBuilder? _builder;

    public Lexer(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 0;
    }

    public string Source => _source;

    /// <summary>The kind of the current token; <see cref="TokenKind.StartOfFile"/> before the first <see cref="Advance"/>.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>UTF-16 offset of the current token's first character.</summary>
    public int Start { get; private set; }

    /// <summary>UTF-16 offset just past the current token.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the current token's start.</summary>
    public int Line { get; private set; }

    /// <summary>1-based column (UTF-16 code units) of the current token's start.</summary>
    public int Column { get; private set; }

    /// <summary>The name, the number as written, or the string with escapes resolved; null for punctuators.</summary>
    public string? Value { get; private set; }

    /// <summary>The current token as a value.</summary>
    public Token Current => new(Kind, Start, End, Line, Column, Value);

    /// <summary>Reads all tokens of <paramref name="source"/>, ending with <see cref="TokenKind.EndOfFile"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        do
        {
            lexer.Advance();
            tokens.Add(lexer.Current);
        }
        while (lexer.Kind != TokenKind.EndOfFile);
        return tokens;
    }

    /// <summary>Moves to the next token and returns its kind. At the end it stays on <see cref="TokenKind.EndOfFile"/>.</summary>
    public TokenKind Advance()
    {
        string body = _source;
        int length = body.Length;
        int position = _position;

        while (position < length)
        {
            char code = body[position];

            // Runs of spaces (indentation) are the most common ignored characters: skip them in one go. A plain
            // loop beats a vectorized search here, as indentation runs are short.
            if (code == ' ')
            {
                do
                {
                    position++;
                }
                while (position < length && body[position] == ' ');

                continue;
            }

            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case '$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case '&':
                    return Punctuator(TokenKind.Amp, position, 1);
                case '(':
                    return Punctuator(TokenKind.ParenL, position, 1);
                case ')':
                    return Punctuator(TokenKind.ParenR, position, 1);
                case '.':
                    if (position + 2 < length && body[position + 1] == '.' && body[position + 2] == '.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }

                    break;
                case ':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case '=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case '@':
                    return Punctuator(TokenKind.At, position, 1);
                case '[':
                    return Punctuator(TokenKind.BracketL, position, 1);
                case ']':
                    return Punctuator(TokenKind.BracketR, position, 1);
                case '{':
                    return Punctuator(TokenKind.BraceL, position, 1);
                case '|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case '}':
                    return Punctuator(TokenKind.BraceR, position, 1);
                case '"':
                    if (position + 2 < length && body[position + 1] == '"' && body[position + 2] == '"')
                    {
                        return ReadBlockString(position);
                    }

                    return ReadString(position);
                default:
                    break;
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            if (code == '\'')
            {
                throw Error(position, ErrorMessages.UnexpectedSingleQuote);
            }

            throw Error(
                position,
                char.IsSurrogate(code) && !IsSupplementaryCodePoint(position)
                    ? ErrorMessages.InvalidCharacter(PrintCodePointAt(position))
                    : ErrorMessages.UnexpectedCharacter(PrintCodePointAt(position)));
        }

        _position = length;
        SetToken(TokenKind.EndOfFile, length, length, null);
        return TokenKind.EndOfFile;
    }

    private TokenKind Punctuator(TokenKind kind, int position, int size)
    {
        SetToken(kind, position, position + size, null);
        _position = position + size;
        return kind;
    }

    private void SetToken(TokenKind kind, int start, int end, string? value)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = _line;
        Column = start - _lineStart + 1;
        Value = value;
    }

    /// <summary>Comment :: # CommentChar* — ends at a line terminator or at a character that is not a scalar value.</summary>
    private int SkipComment(int position)
    {
        string body = _source;
        int length = body.Length;
        position++;
        while (position < length)
        {
            char code = body[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue]</summary>
    private TokenKind ReadName(int start)
    {
        string body = _source;
        int position = start + 1;
        uint hash = body[start];
        while (position < body.Length)
        {
            char code = body[position];
            if (!IsNameContinue(code))
            {
                break;
            }

            hash = (hash * 31) + code;
            position++;
        }

        SetToken(TokenKind.Name, start, position, Intern(body.AsSpan(start, position - start), hash));
        _position = position;
        return TokenKind.Name;
    }

    /// <summary>Returns one string per distinct name of the document (open addressing on a hash taken while scanning).</summary>
    private string Intern(ReadOnlySpan<char> name, uint hash)
    {
        string[] names = _names ??= new string[64];
        int mask = names.Length - 1;
        int index = (int)(hash & (uint)mask);
        while (true)
        {
            string? existing = names[index];
            if (existing is null)
            {
                break;
            }

            if (name.SequenceEqual(existing))
            {
                return existing;
            }

            index = (index + 1) & mask;
        }

        string created = name.ToString();
        names[index] = created;
        if (++_nameCount * 2 > names.Length)
        {
            GrowNames();
        }

        return created;
    }

    private void GrowNames()
    {
        string[] old = _names!;
        var names = new string[old.Length * 2];
        int mask = names.Length - 1;
        foreach (string? name in old)
        {
            if (name is null)
            {
                continue;
            }

            uint hash = name[0];
            for (int i = 1; i < name.Length; i++)
            {
                hash = (hash * 31) + name[i];
            }

            int index = (int)(hash & (uint)mask);
            while (names[index] is not null)
            {
                index = (index + 1) & mask;
            }

            names[index] = name;
        }

        _names = names;
    }

    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, ., NameStart}];
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, ., NameStart}]
    /// </summary>
    private TokenKind ReadNumber(int start)
    {
        int position = start;
        int code = CodeAt(position);
        bool isFloat = false;

        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, ErrorMessages.InvalidNumberUnexpectedDigitAfterZero(PrintCodePointAt(position)));
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code == '+' || code == '-')
            {
                code = CodeAt(++position);
            }

            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, ErrorMessages.InvalidNumberExpectedDigit(PrintCodePointAt(position)));
        }

        TokenKind kind = isFloat ? TokenKind.Float : TokenKind.Int;
        SetToken(kind, start, position, _source.Substring(start, position - start));
        _position = position;
        return kind;
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, ErrorMessages.InvalidNumberExpectedDigit(PrintCodePointAt(start)));
        }

        string body = _source;
        int position = start + 1;
        while (position < body.Length && IsDigit(body[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>StringValue :: " StringCharacter* "</summary>
    private TokenKind ReadString(int start)
    {
        string body = _source;
        int length = body.Length;
        int position = start + 1;
        int chunkStart = position;
        StringBuilder? value = null;

        while (position < length)
        {
            char code = body[position];

            if (code == '"')
            {
                string text;
                if (value is null)
                {
                    text = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    text = value.ToString();
                }

                SetToken(TokenKind.String, start, position + 1, text);
                _position = position + 1;
                return TokenKind.String;
            }

            if (code == '\\')
            {
                if (value is null)
                {
                    value = _builder ??= new StringBuilder();
                    value.Clear();
                }

                value.Append(body, chunkStart, position - chunkStart);
                int next = CodeAt(position + 1);
                int size = next == 'u'
                    ? (CodeAt(position + 2) == '{' ? ReadEscapedUnicodeVariableWidth(position, value) : ReadEscapedUnicodeFixedWidth(position, value))
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, ErrorMessages.InvalidCharacterWithinString(PrintCodePointAt(position)));
            }
        }

        throw Error(position, ErrorMessages.UnterminatedString);
    }

    /// <summary>EscapedUnicode :: { HexDigit+ } — at most eight digits, encoding a Unicode scalar value.</summary>
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        int point = 0;
        int size = 3;
        while (size < 12)
        {
            int code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, ErrorMessages.InvalidUnicodeEscape(Slice(position, size)));
    }

    /// <summary>EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit — a surrogate only as a valid \uXXXX\uXXXX pair.</summary>
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        int code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code >= 0xD800 && code <= 0xDBFF && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            int trailing = Read16BitHexCode(position + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, ErrorMessages.InvalidUnicodeEscape(Slice(position, 6)));
    }

    /// <summary>EscapedCharacter :: one of " \ / b f n r t</summary>
    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char escaped;
        switch (CodeAt(position + 1))
        {
            case '"':
                escaped = '"';
                break;
            case '\\':
                escaped = '\\';
                break;
            case '/':
                escaped = '/';
                break;
            case 'b':
                escaped = '\b';
                break;
            case 'f':
                escaped = '\f';
                break;
            case 'n':
                escaped = '\n';
                break;
            case 'r':
                escaped = '\r';
                break;
            case 't':
                escaped = '\t';
                break;
            default:
                throw Error(position, ErrorMessages.InvalidCharacterEscape(Slice(position, 2)));
        }

        value.Append(escaped);
        return 2;
    }

    /// <summary>BlockString :: """ BlockStringCharacter* """ — the value is computed by BlockStringValue.</summary>
    private TokenKind ReadBlockString(int start)
    {
        string body = _source;
        int length = body.Length;
        int lineStart = _lineStart;
        int position = start + 3;
        int chunkStart = position;
        StringBuilder currentLine = _builder ??= new StringBuilder();
        currentLine.Clear();
        var lines = new List<string>();

        while (position < length)
        {
            char code = body[position];

            if (code == '"' && position + 2 < length && body[position + 1] == '"' && body[position + 2] == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                SetToken(TokenKind.BlockString, start, position + 3, BlockString.DedentLines(lines));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                _position = position + 3;
                return TokenKind.BlockString;
            }

            if (code == '\\' && position + 3 < length && body[position + 1] == '"' && body[position + 2] == '"' && body[position + 3] == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, ErrorMessages.InvalidCharacterWithinString(PrintCodePointAt(position)));
            }
        }

        throw Error(position, ErrorMessages.UnterminatedString);
    }

    private int CodeAt(int position) => position < _source.Length ? _source[position] : -1;

    private string Slice(int start, int size) => _source.Substring(start, Math.Min(size, _source.Length - start));

    private int Read16BitHexCode(int position) =>
        (HexValue(CodeAt(position)) << 12) | (HexValue(CodeAt(position + 1)) << 8) | (HexValue(CodeAt(position + 2)) << 4) | HexValue(CodeAt(position + 3));

    private bool IsSupplementaryCodePoint(int position) =>
        position + 1 < _source.Length && char.IsHighSurrogate(_source[position]) && char.IsLowSurrogate(_source[position + 1]);

    /// <summary>graphql-js printCodePointAt: &lt;EOF&gt;, a quoted printable ASCII character, or U+XXXX.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        int code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_source[position], _source[position + 1]) : _source[position];
        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private GraphQLException Error(int position, string description) =>
        new(ErrorMessages.SyntaxError(_source, position, description));

    private static void AppendCodePoint(StringBuilder builder, int point)
    {
        if (point < 0x10000)
        {
            builder.Append((char)point);
        }
        else
        {
            point -= 0x10000;
            builder.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
        }
    }

    private static bool IsUnicodeScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    private static bool IsLetter(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    private static bool IsNameContinue(int code) => (uint)code < 128 && NameContinueTable[code] != 0;

    /// <summary>1 for the ASCII characters that may continue a name: letters, digits and underscore.</summary>
    private static ReadOnlySpan<byte> NameContinueTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];
}
