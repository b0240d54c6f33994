using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace NmnGraph.GraphQL.Execution;

/// <summary>A bounded document cache: when full, it starts over (simple, and enough for a fixed set of client operations).</summary>
public sealed class InMemoryDocumentCache(int capacity = 1000) : IDocumentCache
{
    private readonly ConcurrentDictionary<string, CachedDocument> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    public bool TryGetDocument(string query, [NotNullWhen(true)] out CachedDocument? document) => _documents.TryGetValue(query, out document);

    public void SetDocument(string query, CachedDocument document)
    {
        if (_documents.Count >= capacity)
        {
            _documents.Clear();
        }

        _documents[query] = document;
    }
}
