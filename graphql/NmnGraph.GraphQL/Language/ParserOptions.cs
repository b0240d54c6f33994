namespace NmnGraph.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>, for servers that parse untrusted documents.</summary>
public sealed class ParserOptions
{
    /// <summary>The nesting depth allowed when no other limit is set; deep enough for any real document.</summary>
    public const int DefaultMaxDepth = 1000;

    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The most tokens (punctuators, names, numbers, strings; not ignored tokens) a document may have; null for
    /// no limit. Exceeding it fails with "Document contains more than N tokens. Parsing aborted." as in graphql-js.
    /// </summary>
    public int? MaxTokens { get; init; }

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types. Deeper documents fail with a
    /// syntax error instead of exhausting the stack.
    /// </summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>When true, nodes get no <see cref="Location"/> (slightly faster; errors still have locations).</summary>
    public bool NoLocations { get; init; }
}
