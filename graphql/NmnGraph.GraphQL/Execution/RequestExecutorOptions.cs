using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Validation;
using NmnGraph.GraphQL.Validation.Cost;

namespace NmnGraph.GraphQL.Execution;

/// <summary>The pluggable parts and limits of the request pipeline.</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>The validation step: the rules of spec §5 by default (add the cost limits with <see cref="SpecifiedRules.WithCostLimits"/>).</summary>
    public IDocumentValidator Validator { get; init; } = DocumentValidator.Default;

    /// <summary>
    /// The cost analysis: reports <c>extensions.operationCost</c> when a request asks (<see cref="GraphQLRequest.CostMode"/>)
    /// and, for operations whose cost depends on variable values, checks the limits again with the values sent (the
    /// validator's <c>CostLimitsRule</c> checks what the document alone decides). Null turns both off.
    /// </summary>
    public CostOptions? Cost { get; init; }

    /// <summary>The most values (fields and list items) a response may hold; past it execution stops with <c>RESULT_LIMIT_EXCEEDED</c>. Null for no limit.</summary>
    public int? MaxResultValues { get; init; }

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
