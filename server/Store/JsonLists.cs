using System.Text.Json;

namespace NmnGraph.Server.Store;

/// <summary>Lists of strings stored in one column as a JSON array.</summary>
internal static class JsonLists
{
    public static IReadOnlyList<string> Read(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.ListString) ?? [];

    public static string Write(IEnumerable<string> values) =>
        JsonSerializer.Serialize(values.ToList(), StoreJsonContext.Default.ListString);
}
