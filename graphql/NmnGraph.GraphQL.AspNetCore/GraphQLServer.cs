using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>A schema with its executor and HTTP options, as registered by <c>AddGraphQLServer</c>.</summary>
public sealed class GraphQLServer
{
    public GraphQLServer(Schema schema, GraphQLServerOptions options, bool includeExceptionDetails)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        IncludeExceptionDetails = includeExceptionDetails;
        DocumentCache = options.DocumentCacheCapacity > 0 ? new InMemoryDocumentCache(options.DocumentCacheCapacity) : null;
        Executor = new RequestExecutor(schema, new RequestExecutorOptions
        {
            Validator = new RequestLimitsValidator(options.Validator, options.MaxDepth, options.MaxFields, options.MaxAliases),
            DocumentCache = DocumentCache,
            ParserOptions = options.MaxTokens is { } maxTokens ? new ParserOptions { MaxTokens = maxTokens } : null,
            IncludeExceptionDetails = includeExceptionDetails,
        });
    }

    public Schema Schema => Executor.Schema;

    public RequestExecutor Executor { get; }

    public GraphQLServerOptions Options { get; }

    /// <summary>The executor's document cache (hit and miss counters included); null when disabled.</summary>
    public InMemoryDocumentCache? DocumentCache { get; }

    public bool IncludeExceptionDetails { get; }
}
