namespace NmnGraph.Server.Api;

/// <summary>Reads coerced list arguments.</summary>
internal static class ApiInputLists
{
    public static IReadOnlyList<string> Strings(object? value) =>
        value is IEnumerable<object?> items ? [.. items.Select(i => (string)i!)] : [];
}
