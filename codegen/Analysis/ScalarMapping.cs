namespace NmnGraph.Codegen.Analysis;

public enum ScalarReader
{
    /// <summary>Read with a dedicated reader: <c>GetRequiredString</c>, <c>GetOptionalInt</c>…</summary>
    Dedicated,

    /// <summary>Read with a serializer of <c>BuiltInScalars</c>: <c>GetRequiredScalar(f, BuiltInScalars.Date)</c>.</summary>
    Serializer,

    /// <summary>An unknown custom scalar, kept as the raw <c>JsonElement</c>.</summary>
    Element,
}

/// <summary>
/// How a GraphQL scalar maps to C#. The same table as the client runtime's <c>ScalarRegistry.Default</c>; codegen keeps
/// its own copy because it does not reference the client.
/// </summary>
public sealed record ScalarMapping(string GraphQLName, string ClientType, bool IsValueType, ScalarReader Reader, string ReaderName)
{
    private static readonly Dictionary<string, ScalarMapping> s_known = new(StringComparer.Ordinal)
    {
        ["String"] = new("String", "string", false, ScalarReader.Dedicated, "String"),
        ["ID"] = new("ID", "string", false, ScalarReader.Dedicated, "Id"),
        ["Int"] = new("Int", "int", true, ScalarReader.Dedicated, "Int"),
        ["Float"] = new("Float", "double", true, ScalarReader.Dedicated, "Float"),
        ["Boolean"] = new("Boolean", "bool", true, ScalarReader.Dedicated, "Boolean"),
        ["Date"] = new("Date", "DateOnly", true, ScalarReader.Serializer, "BuiltInScalars.Date"),
        ["DateTime"] = new("DateTime", "DateTimeOffset", true, ScalarReader.Serializer, "BuiltInScalars.DateTime"),
        ["Cursor"] = new("Cursor", "string", false, ScalarReader.Serializer, "BuiltInScalars.Cursor"),
    };

    public static ScalarMapping For(string graphQLName) =>
        s_known.TryGetValue(graphQLName, out ScalarMapping? mapping)
            ? mapping
            : new ScalarMapping(graphQLName, "JsonElement", true, ScalarReader.Element, "");
}
