namespace NmnGraph.Server.Api;

/// <summary>The contract: <c>schema.graphql</c> from the repository root, embedded byte for byte in the assembly.</summary>
public static class SchemaText
{
    private const string ResourceName = "NmnGraph.Server.schema.graphql";

    private static readonly Lazy<byte[]> s_bytes = new(() =>
    {
        using Stream stream = typeof(SchemaText).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks the embedded resource '{ResourceName}'.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    });

    /// <summary>The file's exact bytes.</summary>
    public static ReadOnlyMemory<byte> Bytes => s_bytes.Value;

    /// <summary>The file's text (UTF-8).</summary>
    public static string Sdl { get; } = new System.Text.UTF8Encoding(false).GetString(s_bytes.Value);
}
