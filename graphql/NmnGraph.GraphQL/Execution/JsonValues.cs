using System.Text.Json;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// Converts JSON into the plain values the engine uses for variables and extensions: null, bool, int, long,
/// double, string, <see cref="IReadOnlyDictionary{TKey, TValue}"/> (keys in document order) and
/// <see cref="IReadOnlyList{T}"/>.
/// </summary>
public static class JsonValues
{
    /// <summary>Converts a whole JSON value.</summary>
    public static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    map[property.Name] = FromElement(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (JsonElement item in element.EnumerateArray())
                {
                    list.Add(FromElement(item));
                }

                return list;
            default:
                return FromScalar(element);
        }
    }

    /// <summary>Converts a JSON object of variables; null or a JSON null gives null.</summary>
    public static IReadOnlyDictionary<string, object?>? VariablesFromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (IReadOnlyDictionary<string, object?>)FromElement(element)!,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => throw new JsonException("Variables must be a JSON object."),
    };

    /// <summary>Reads one JSON value from a reader positioned on its first token (or before it).</summary>
    public static object? Read(ref Utf8JsonReader reader) => Read(ref reader, int.MaxValue);

    /// <summary>
    /// Reads one JSON value as <see cref="Read(ref Utf8JsonReader)"/> does, and throws <see cref="JsonException"/> for a
    /// list or object that starts at reader depth <paramref name="maxDepth"/> or deeper (the reader's own
    /// <see cref="Utf8JsonReader.CurrentDepth"/>: 0 for an outermost container).
    /// </summary>
    public static object? Read(ref Utf8JsonReader reader, int maxDepth)
    {
        if (reader.TokenType == JsonTokenType.None && !reader.Read())
        {
            throw new JsonException("Expected a JSON value.");
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
        {
            throw new JsonException($"A list or object is nested deeper than {maxDepth}.");
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = reader.GetString()!;
                    reader.Read();

                    // The indexer, as JSON documents read: a repeated name keeps its first position and its last value.
                    map[name] = Read(ref reader, maxDepth);
                }

                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(Read(ref reader, maxDepth));
                }

                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                if (reader.TryGetInt32(out int small))
                {
                    return small;
                }

                if (reader.TryGetInt64(out long large))
                {
                    return large;
                }

                return reader.GetDouble();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    /// <summary>Scalars become plain values, arrays become lists of shallow values, objects stay <see cref="JsonElement"/>s.</summary>
    internal static object? FromElementShallow(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return element;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (JsonElement item in element.EnumerateArray())
                {
                    list.Add(FromElementShallow(item));
                }

                return list;
            default:
                return FromScalar(element);
        }
    }

    private static object FromNumber(JsonElement element)
    {
        if (element.TryGetInt32(out int small))
        {
            return small;
        }

        if (element.TryGetInt64(out long large))
        {
            return large;
        }

        return element.GetDouble();
    }

    private static object? FromScalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => FromNumber(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
