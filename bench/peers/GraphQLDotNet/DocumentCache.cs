using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace NmnGraph.Bench.Peers.GraphQLDotNet;

/// <summary>
/// GraphQL.NET's documented document cache (what GraphQL.MemoryCache's <c>MemoryDocumentCache</c> does, which the
/// feed does not serve): a valid document is parsed and validated once, later requests reuse it and skip validation.
/// Unbounded, which suits a benchmark of six fixed documents.
/// </summary>
public sealed class DocumentCache : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null)
        {
            return await next(options).ConfigureAwait(false);
        }

        if (_documents.TryGetValue(options.Query, out GraphQLDocument? cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
            return await next(options).ConfigureAwait(false);
        }

        ExecutionResult result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is not null)
        {
            _documents.TryAdd(options.Query, result.Document);
        }

        return result;
    }
}
