using System.Diagnostics.CodeAnalysis;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// A bounded, thread-safe, least-recently-used document cache keyed by the query text. The text itself is the
/// key (ordinal comparison), so two different documents can never share an entry, whatever their hash.
/// Entries remember the schema they were validated against (<see cref="CachedDocument.IsValidatedFor"/>), so a
/// cache that outlives a schema reload validates and plans again; <see cref="Clear"/> drops everything.
/// </summary>
public sealed class InMemoryDocumentCache : IDocumentCache
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries;
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();

    // A host looks one request's text up more than once on one thread (its operation type, then execution): the
    // same string instance finds its entry again without hashing the text (a 12 KB document hashes in microseconds).
    [ThreadStatic]
    private static string? t_lastQuery;
    [ThreadStatic]
    private static LinkedListNode<Entry>? t_lastNode;

    private long _hits;
    private long _misses;
    private long _evictions;

    public InMemoryDocumentCache(int capacity = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _entries = new Dictionary<string, LinkedListNode<Entry>>(Math.Min(capacity, 1024), StringComparer.Ordinal);
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Lookups that found a document.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups that found nothing.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Entries dropped because the cache was full.</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    public bool TryGetDocument(string query, [NotNullWhen(true)] out CachedDocument? document)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_lock)
        {
            LinkedListNode<Entry>? node = ReferenceEquals(query, t_lastQuery) && t_lastNode is { } last && last.List == _recency ? last : null;
            if (node is not null || _entries.TryGetValue(query, out node))
            {
                if (node != _recency.First)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                }

                t_lastQuery = query;
                t_lastNode = node;
                _hits++;
                document = node.Value.Document;
                return true;
            }

            _misses++;
        }

        document = null;
        return false;
    }

    public void SetDocument(string query, CachedDocument document)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(document);
        lock (_lock)
        {
            if (_entries.TryGetValue(query, out LinkedListNode<Entry>? existing))
            {
                existing.Value = new Entry(query, document);
                _recency.Remove(existing);
                _recency.AddFirst(existing);
                return;
            }

            while (_entries.Count >= Capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Query);
                _evictions++;
            }

            LinkedListNode<Entry> added = _recency.AddFirst(new Entry(query, document));
            _entries.Add(query, added);
            t_lastQuery = query;
            t_lastNode = added;
        }
    }

    /// <summary>True when the query text is cached; does not count as a lookup or change the recency order.</summary>
    public bool Contains(string query)
    {
        lock (_lock)
        {
            return _entries.ContainsKey(query);
        }
    }

    /// <summary>Drops every entry (e.g. after the schema changed); the counters are kept.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }

    private readonly record struct Entry(string Query, CachedDocument Document);
}
