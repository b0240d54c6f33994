using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    /// <summary>
    /// The type of the operation <paramref name="query"/> would run, parsed through the document cache (so executing
    /// the same text next does not parse again) with this executor's parser limits.
    /// </summary>
    public OperationType? GetOperationType(string query, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(query);
        DocumentNode? document = null;
        if (Options.DocumentCache is { } cache && cache.TryGetDocument(query, out CachedDocument? cached))
        {
            document = cached.Document;
        }
        else
        {
            try
            {
                ParseDocument(query, ref document);
            }
            catch (GraphQLException)
            {
                return null;
            }

            if (document is not null)
            {
                Options.DocumentCache?.SetDocument(query, new CachedDocument(document));
            }
        }

        return OperationTypes.Find(document, operationName);
    }
}
