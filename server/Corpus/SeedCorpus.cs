using System.Reflection;
using System.Text;
using System.Text.Json;

namespace NmnGraph.Server.Corpus;

/// <summary>The seed corpus embedded in the assembly: corpus.json and the article texts it names.</summary>
public static class SeedCorpus
{
    private const string ResourcePrefix = "NmnGraph.Server.Corpus.";

    /// <summary>The names of the seed article files (<c>000_34fbef7eb676252b.txt</c>…).</summary>
    public static IReadOnlyList<string> ArticleFiles => Load().Articles.Select(a => a.File).ToList();

    /// <summary>The text of a seed article file, exactly as shipped (UTF-8 decoded).</summary>
    public static string ReadArticleText(string file) => Encoding.UTF8.GetString(ReadResource(file));

    /// <summary>The raw bytes of a seed article file.</summary>
    public static byte[] ReadArticleBytes(string file) => ReadResource(file);

    internal static CorpusFile Load() =>
        JsonSerializer.Deserialize(ReadResource("corpus.json"), CorpusJsonContext.Default.CorpusFile)
        ?? throw new InvalidDataException("The embedded corpus.json is empty.");

    private static byte[] ReadResource(string name)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidDataException($"The embedded corpus resource '{name}' is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
