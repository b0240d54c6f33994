using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NmnGraph.GraphQL.Errors;

namespace NmnGraph.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for GraphQL documents (spec §2, Appendix C), split by grammar section into
/// partial files. Behaviour and error wording follow graphql-js: the first syntax error aborts parsing with a
/// <see cref="GraphQLException"/> carrying one "Syntax Error: …" <see cref="GraphQLError"/>.
/// </summary>
public sealed partial class Parser
{
    private static readonly SyntaxNode[] s_noNodes = [];

    private readonly Lexer _lexer;
    private readonly string _source;
    private readonly int? _maxTokens;
    private readonly int _maxDepth;
    private readonly bool _noLocations;
    private int _tokenCount;
    private int _depth;
    private int _lastEnd;

    // One shared stack for the items of every list being built; each list copies its items out into an
    // exactly sized array when it is complete, so a list costs one allocation.
    private SyntaxNode[] _stack = s_noNodes;
    private int _stackCount;

    private Parser(string source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        _source = source;
        _lexer = new Lexer(source);
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _noLocations = options.NoLocations;
    }

    /// <summary>Parses a document; throws <see cref="GraphQLException"/> with one syntax error when it is malformed.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a document without throwing: on a syntax error returns false and the error.</summary>
    public static bool TryParse(
        string source,
        [NotNullWhen(true)] out DocumentNode? document,
        [NotNullWhen(false)] out GraphQLError? error,
        ParserOptions? options = null)
    {
        try
        {
            document = Parse(source, options);
            error = null;
            return true;
        }
        catch (GraphQLException exception)
        {
            document = null;
            error = exception.Errors[0];
            return false;
        }
    }

    /// <summary>Parses a single value that may contain variables, such as <c>[1, $a, {b: "c"}]</c> (graphql-js parseValue).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Expect(TokenKind.StartOfFile);
        ValueNode value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value: variables are rejected (graphql-js parseConstValue).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Expect(TokenKind.StartOfFile);
        ValueNode value = parser.ParseValueLiteral(isConst: true);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js parseType).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Expect(TokenKind.StartOfFile);
        TypeNode type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private readonly record struct Mark(int Start, int Line, int Column);

    private Mark StartMark() => new(_lexer.Start, _lexer.Line, _lexer.Column);

    private Location? Loc(Mark mark) => _noLocations ? null : new Location(mark.Start, _lastEnd, mark.Line, mark.Column);

    private void Advance()
    {
        _lastEnd = _lexer.End;
        if (_lexer.Advance() != TokenKind.EndOfFile && _maxTokens is { } maxTokens && ++_tokenCount > maxTokens)
        {
            throw Error(_lexer.Start, ErrorMessages.TooManyTokens(maxTokens));
        }
    }

    private bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw Error(_lexer.Start, ErrorMessages.ExpectedToken(Token.KindDescription(kind), _lexer.Current.Description));
        }

        Advance();
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            throw Error(_lexer.Start, ErrorMessages.ExpectedKeyword(keyword, _lexer.Current.Description));
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private bool PeekKeyword(string keyword) => _lexer.Kind == TokenKind.Name && string.Equals(_lexer.Value, keyword, StringComparison.Ordinal);

    private GraphQLException Unexpected() => Error(_lexer.Start, ErrorMessages.UnexpectedToken(_lexer.Current.Description));

    private GraphQLException Error(int position, string description) => new(ErrorMessages.SyntaxError(_source, position, description));

    private void EnterNesting()
    {
        if (++_depth > _maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(_lexer.Start, ErrorMessages.TooDeep(_maxDepth));
        }
    }

    private void ExitNesting() => _depth--;

    private void Push(SyntaxNode node)
    {
        if (_stackCount == _stack.Length)
        {
            Array.Resize(ref _stack, Math.Max(64, _stack.Length * 2));
        }

        _stack[_stackCount++] = node;
    }

    private T[] PopList<T>(int mark)
        where T : SyntaxNode
    {
        int count = _stackCount - mark;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = (T)_stack[mark + i];
            _stack[mark + i] = null!;
        }

        _stackCount = mark;
        return items;
    }

    /// <summary>Name :: NameStart NameContinue*</summary>
    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Error(_lexer.Start, ErrorMessages.ExpectedToken("Name", _lexer.Current.Description));
        }

        Mark mark = StartMark();
        string value = _lexer.Value!;
        Advance();
        return new NameNode(value, Loc(mark));
    }
}
