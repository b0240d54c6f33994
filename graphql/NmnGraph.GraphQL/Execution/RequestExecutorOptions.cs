using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Execution;

/// <summary>The pluggable parts and limits of the request pipeline.</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>The validation step; accepts everything by default.</summary>
    public IDocumentValidator Validator { get; init; } = NoOpDocumentValidator.Instance;

    /// <summary>Caches parsed documents and their plans by query text; none by default.</summary>
    public IDocumentCache? DocumentCache { get; init; }

    /// <summary>Limits for parsing untrusted documents; the parser's defaults when null.</summary>
    public ParserOptions? ParserOptions { get; init; }

    /// <summary>The deepest nesting of fields an operation may select (counting fragments' fields); null for no limit.</summary>
    public int? MaxExecutionDepth { get; init; }

    /// <summary>Cancels execution after this long and reports a timeout error; null for no limit.</summary>
    public TimeSpan? ExecutionTimeout { get; init; }

    /// <summary>When true, masked errors carry the exception's type and message in <c>extensions.exception</c>.</summary>
    public bool IncludeExceptionDetails { get; init; }
}
