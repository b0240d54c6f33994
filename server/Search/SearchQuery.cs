using System.Text;

namespace NmnGraph.Server.Search;

/// <summary>
/// Turns free text into a safe FTS5 query: each whitespace-separated word that contains a letter or digit
/// becomes a quoted phrase, so FTS operators (<c>"</c>, <c>*</c>, <c>-</c>, <c>NEAR</c>, <c>:</c>,
/// parentheses) are matched as text and never parsed.
/// </summary>
public static class SearchQuery
{
    /// <summary>The quoted phrases, or an empty list when the text has nothing searchable.</summary>
    public static IReadOnlyList<string> Phrases(string text) => Quote(Words(text));

    /// <summary>The whitespace-separated words of <paramref name="text"/> that contain a letter or digit.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit)).ToList();
    }

    /// <summary>Each word as an FTS5 phrase: quoted, its quotes doubled.</summary>
    public static IReadOnlyList<string> Quote(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Select(w => new StringBuilder("\"").Append(w.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString()).ToList();
    }

    /// <summary>All words must match (implicit AND).</summary>
    public static string AllOf(IReadOnlyList<string> phrases) => string.Join(" ", phrases);

    /// <summary>Any word may match.</summary>
    public static string AnyOf(IReadOnlyList<string> phrases) => string.Join(" OR ", phrases);
}
