using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>A schema with its executor and HTTP options, as registered by <c>AddGraphQLServer</c>.</summary>
public sealed class GraphQLServer
{
    /// <summary>Serves <paramref name="schema"/> with an executor made from <paramref name="options"/> (validator, cache, limits).</summary>
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

    /// <summary>
    /// Serves a host-made executor (e.g. one wrapped for batching). The HTTP limits of <paramref name="options"/> apply
    /// (body size, document length, execution timeout); validation, caching and the document limits are the
    /// executor's own (plug <see cref="RequestLimitsValidator"/> into its options for the latter).
    /// </summary>
    public GraphQLServer(IRequestExecutor executor, GraphQLServerOptions options, bool includeExceptionDetails)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        IncludeExceptionDetails = includeExceptionDetails;
        Executor = executor;
        DocumentCache = (executor as RequestExecutor)?.Options.DocumentCache as InMemoryDocumentCache;
    }

    public Schema Schema => Executor.Schema;

    public IRequestExecutor Executor { get; }

    public GraphQLServerOptions Options { get; }

    /// <summary>The executor's document cache (hit and miss counters included); null when there is none.</summary>
    public InMemoryDocumentCache? DocumentCache { get; }

    public bool IncludeExceptionDetails { get; }

    /// <summary>The documents automatic persisted queries registered.</summary>
    internal AutomaticPersistedQueryCache AutomaticPersistedQueries => _automaticPersistedQueries ??= new AutomaticPersistedQueryCache(Options.PersistedOperations.AutomaticPersistedQueryCapacity);

    private AutomaticPersistedQueryCache? _automaticPersistedQueries;

    /// <summary>The executor's document cache and parser options, when it is a <see cref="RequestExecutor"/>.</summary>
    internal IDocumentCache? ParseCache => (Executor as RequestExecutor)?.Options.DocumentCache;

    internal ParserOptions? ParserOptions => (Executor as RequestExecutor)?.Options.ParserOptions;
}
