using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// GraphiQL's bundled files, embedded into this assembly by the build (the <c>BuildGraphiQL</c> target);
/// empty when the build had no Node.js.
/// </summary>
internal static class GraphiQLAssets
{
    private const string ResourcePrefix = "GraphiQL/";

    /// <summary>The file the page cannot do without; its absence means the assets were not built.</summary>
    public const string Script = "graphiql.js";

    public const string Stylesheet = "graphiql.css";

    private static readonly Lazy<FrozenDictionary<string, GraphiQLAsset>> s_assets = new(Load);

    public static bool AreBuilt => s_assets.Value.ContainsKey(Script);

    public static GraphiQLAsset? Find(string name) => s_assets.Value.GetValueOrDefault(name);

    private static FrozenDictionary<string, GraphiQLAsset> Load()
    {
        Assembly assembly = typeof(GraphiQLAssets).Assembly;
        var assets = new Dictionary<string, GraphiQLAsset>(StringComparer.Ordinal);
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            byte[] content = buffer.ToArray();
            string name = resource[ResourcePrefix.Length..];
            string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"";
            assets[name] = new GraphiQLAsset(content, ContentTypeOf(name), etag);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".ttf" => "font/ttf",
        _ => "application/octet-stream",
    };
}
