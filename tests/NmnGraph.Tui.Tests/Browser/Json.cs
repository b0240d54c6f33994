using System.Text.Json;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>Small builders for canned GraphQL responses (objects keep their field order).</summary>
internal static class Json
{
    public static Dictionary<string, object?> Obj(params (string Name, object? Value)[] fields)
    {
        var obj = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach ((string name, object? value) in fields)
        {
            obj[name] = value;
        }

        return obj;
    }

    public static Dictionary<string, object?> Typed(string typeName, params (string Name, object? Value)[] fields) =>
        Obj([("__typename", typeName), .. fields]);

    public static object?[] Arr(params object?[] items) => items;

    public static ReadOnlyMemory<byte> Data(string field, object? value) =>
        JsonSerializer.SerializeToUtf8Bytes(Obj(("data", Obj((field, value)))));
}
