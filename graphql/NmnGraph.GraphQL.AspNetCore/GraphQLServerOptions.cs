using Microsoft.AspNetCore.Http;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Validation.Cost;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>How <c>MapGraphQL</c> serves a schema: the validator, the request limits and the error policy.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The validation step: the specified rules by default; the limits below run before it.</summary>
    public IDocumentValidator Validator { get; set; } = DocumentValidator.Default;

    /// <summary>Distinct documents kept parsed and validated; 0 disables the cache.</summary>
    public int DocumentCacheCapacity { get; set; } = 1000;

    /// <summary>The largest POST body in bytes; larger ones get 413 and <c>REQUEST_TOO_LARGE</c>.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>The longest document in characters; longer ones get <c>DOCUMENT_TOO_LONG</c> before parsing.</summary>
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>The most tokens the parser reads; null for no limit.</summary>
    public int? MaxTokens { get; set; } = 20_000;

    /// <summary>The deepest field nesting of an operation (<c>MAX_DEPTH_EXCEEDED</c>); null for no limit.</summary>
    public int? MaxDepth { get; set; } = 32;

    /// <summary>The most field selections of an operation, counted through fragments (<c>MAX_FIELDS_EXCEEDED</c>); null for no limit.</summary>
    public int? MaxFields { get; set; } = 5_000;

    /// <summary>The most aliases of an operation (<c>MAX_ALIASES_EXCEEDED</c>); null for no limit.</summary>
    public int? MaxAliases { get; set; } = 1_000;

    /// <summary>
    /// Static cost analysis: the field and type cost limits (<c>COST_LIMIT_EXCEEDED</c>, 400; legacy 200) and the
    /// default weights; the request header <c>GraphQL-Cost: report</c> adds <c>extensions.operationCost</c>, and
    /// <c>GraphQL-Cost: validate</c> reports it without executing. Null turns the analysis off.
    /// </summary>
    public CostOptions? Cost { get; set; } = new();

    /// <summary>The most values (fields and list items) one response may hold (<c>RESULT_LIMIT_EXCEEDED</c>); null for no limit.</summary>
    public int? MaxResultValues { get; set; } = 1_000_000;

    /// <summary>
    /// The deepest nesting of an input value (lists and input objects inside one another), the same whether the value
    /// is written in the document or sent in the variables (<c>MAX_INPUT_DEPTH_EXCEEDED</c>, see <see cref="InputDepth"/>).
    /// </summary>
    public int MaxInputDepth { get; set; } = 64;

    /// <summary>Cancels a query or mutation after this long and answers <c>EXECUTION_TIMEOUT</c>; null for none. Subscriptions are not limited.</summary>
    public TimeSpan? ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether masked errors carry the exception's type and message; null follows the host environment
    /// (on in Development, off otherwise).
    /// </summary>
    public bool? IncludeExceptionDetails { get; set; }

    /// <summary>
    /// Recognizes exceptions that mean the service is unavailable (see <see cref="UnavailableFailure"/>); null
    /// masks every unexpected exception as <c>INTERNAL_SERVER_ERROR</c>.
    /// </summary>
    public Func<Exception, HttpContext, UnavailableFailure?>? DetectUnavailable { get; set; }

    /// <summary>Whether queries may be sent with GET (mutations never may).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET …?sdl</c> answers the schema's SDL.</summary>
    public bool EnableSdl { get; set; } = true;

    /// <summary>Subscriptions (and any operation) over WebSocket with <c>graphql-transport-ws</c>.</summary>
    public GraphQLWebSocketOptions WebSockets { get; } = new();

    /// <summary>Trusted documents by id and automatic persisted queries.</summary>
    public GraphQLPersistedOperationOptions PersistedOperations { get; } = new();

    /// <summary>The GraphiQL page a browser gets at the endpoint.</summary>
    public GraphQLIdeOptions Ide { get; } = new();

    /// <summary>Seeds each request's context data (user, API key…) from the HTTP request.</summary>
    public Action<HttpContext, IDictionary<string, object?>>? ConfigureContextData { get; set; }
}
