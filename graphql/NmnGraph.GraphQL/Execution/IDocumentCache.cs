using System.Diagnostics.CodeAnalysis;

namespace NmnGraph.GraphQL.Execution;

/// <summary>Keeps parsed (and validated) documents with their operation plans, keyed by the query text.</summary>
public interface IDocumentCache
{
    bool TryGetDocument(string query, [NotNullWhen(true)] out CachedDocument? document);

    void SetDocument(string query, CachedDocument document);
}
