using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace NmnGraph.GraphQL.Types;

/// <summary>
/// Named members (fields, arguments, input fields, enum values) in definition order with O(1) lookup by name.
/// </summary>
public sealed class FieldCollection<T> : IReadOnlyList<T>
    where T : class, INamedMember
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public static FieldCollection<T> Empty { get; } = new();

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public T this[string name] => _byName.TryGetValue(name, out T? item)
        ? item
        : throw new KeyNotFoundException($"\"{name}\" is not defined.");

    public bool ContainsName(string name) => _byName.ContainsKey(name);

    public bool TryGetValue(string name, [MaybeNullWhen(false)] out T item) => _byName.TryGetValue(name, out item);

    public T? Find(string name) => _byName.TryGetValue(name, out T? item) ? item : null;

    /// <summary>Adds a member; returns false (and keeps the first) when the name is already taken.</summary>
    internal bool TryAdd(T item)
    {
        if (!_byName.TryAdd(item.Name, item))
        {
            return false;
        }

        _items.Add(item);
        return true;
    }

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
