using System.Collections.Concurrent;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// The documents clients registered by automatic persisted queries (hash checked before adding), up to a capacity;
/// when full, new documents are not kept (the client then sends the text again), so memory stays bounded.
/// </summary>
internal sealed class AutomaticPersistedQueryCache(int capacity)
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    public bool TryGetDocument(string hash, out string document) => _documents.TryGetValue(hash, out document!);

    public void Add(string hash, string document)
    {
        if (_documents.Count < capacity)
        {
            _documents.TryAdd(hash, document);
        }
    }
}
