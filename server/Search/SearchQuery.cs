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
    public static IReadOnlyList<string> Phrases(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrases = new List<string>();
        foreach (string word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            phrases.Add(new StringBuilder("\"").Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString());
        }

        return phrases;
    }

    /// <summary>All words must match (implicit AND).</summary>
    public static string AllOf(IReadOnlyList<string> phrases) => string.Join(" ", phrases);

    /// <summary>Any word may match.</summary>
    public static string AnyOf(IReadOnlyList<string> phrases) => string.Join(" OR ", phrases);
}
