using System.Collections;

namespace NmnGraph.Server.Tests.Telemetry;

/// <summary>A collection the in-memory exporter can add to from the server's threads while a test reads it.</summary>
internal sealed class LockedCollection<T> : ICollection<T>
{
    private readonly List<T> _items = [];

    public int Count
    {
        get
        {
            lock (_items)
            {
                return _items.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public void Add(T item)
    {
        lock (_items)
        {
            _items.Add(item);
        }
    }

    /// <summary>A copy of the items added so far.</summary>
    public T[] Snapshot()
    {
        lock (_items)
        {
            return [.. _items];
        }
    }

    public void Clear()
    {
        lock (_items)
        {
            _items.Clear();
        }
    }

    public bool Contains(T item) => Snapshot().Contains(item);

    public void CopyTo(T[] array, int arrayIndex) => Snapshot().CopyTo(array, arrayIndex);

    public bool Remove(T item)
    {
        lock (_items)
        {
            return _items.Remove(item);
        }
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Snapshot()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
