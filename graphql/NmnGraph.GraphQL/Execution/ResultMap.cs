using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// An ordered result map (spec #sec-Response-Format): entries in the order of the selection. Keys are shared
/// with the plan, so a map costs one array of values.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    public ResultMap(string[] keys, object?[] values)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("Keys and values differ in length.", nameof(values));
        }

        _keys = keys;
        _values = values;
    }

    /// <summary>A map whose keys come from a plan, already encoded as JSON property names.</summary>
    internal ResultMap(string[] keys, JsonEncodedText[] encodedKeys, object?[] values)
        : this(keys, values)
    {
        EncodedKeys = encodedKeys;
    }

    /// <summary>The keys encoded as JSON property names, when the map was made by the executor; else null.</summary>
    internal JsonEncodedText[]? EncodedKeys { get; }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out object? value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The key at a position, in selection order.</summary>
    public string GetKey(int index) => _keys[index];

    public object? GetValue(int index) => _values[index];

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        int index = Array.IndexOf(_keys, key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = _values[index];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
