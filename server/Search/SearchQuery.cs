namespace NmnGraph.Server.Search;

/// <summary>
/// Turns free text into a safe FTS5 query: each whitespace-separated word that contains a letter or digit
/// becomes a quoted phrase, so FTS operators (<c>"</c>, <c>*</c>, <c>-</c>, <c>NEAR</c>, <c>:</c>,
/// parentheses) are matched as text and never parsed. Everything here is one pass over the text.
/// </summary>
/// <remarks>
/// FTS5 ranks (bm25) and highlights (snippet) a row by merging the positions of every phrase, looking at every
/// phrase for each match it emits: the work per row grows with phrases × matches, and a text that repeats a
/// common word makes both grow together, so the cost grows with the square of the words. Hence a word repeated
/// becomes one phrase, and the API refuses texts of more than <see cref="MaxTerms"/> words.
/// </remarks>
public static class SearchQuery
{
    /// <summary>The most searchable words a search text may have (the API answers <c>BAD_USER_INPUT</c> beyond).</summary>
    public const int MaxTerms = 32;

    /// <summary>
    /// How many searchable words <paramref name="text"/> has, counting no further than <paramref name="stopAfter"/>
    /// (so a huge text costs no more than its first words).
    /// </summary>
    public static int CountWords(string text, int stopAfter = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        int count = 0;
        using IEnumerator<Range> words = Words(text).GetEnumerator();
        while (count < stopAfter && words.MoveNext())
        {
            count++;
        }

        return count;
    }

    /// <summary>The quoted phrases, each distinct word once in order of appearance; empty when nothing is searchable.</summary>
    public static IReadOnlyList<string> Phrases(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrases = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Range word in Words(text))
        {
            string phrase = "\"" + text[word].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            if (seen.Add(phrase))
            {
                phrases.Add(phrase);
            }
        }

        return phrases;
    }

    /// <summary>All words must match (implicit AND).</summary>
    public static string AllOf(IReadOnlyList<string> phrases) => string.Join(" ", phrases);

    /// <summary>Any word may match.</summary>
    public static string AnyOf(IReadOnlyList<string> phrases) => string.Join(" OR ", phrases);

    /// <summary>The whitespace-separated words that hold a letter or digit.</summary>
    private static IEnumerable<Range> Words(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int start = i;
            bool searchable = false;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                searchable |= char.IsLetterOrDigit(text[i]);
                i++;
            }

            if (i > start && searchable)
            {
                yield return start..i;
            }
        }
    }
}
