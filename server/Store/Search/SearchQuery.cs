using NmnGraph.Server.Import;

namespace NmnGraph.Server.Store.Search;

/// <summary>
/// Turns free text into what the search runs: the study identifiers it names (DOIs in any usual spelling —
/// bare, <c>doi:</c>, <c>https://doi.org/</c> — and PMIDs, bare or after <c>PMID:</c>) and the words to match.
/// Each word that contains a letter or digit becomes a quoted phrase, so FTS operators (<c>"</c>, <c>*</c>,
/// <c>-</c>, <c>NEAR</c>, <c>:</c>, parentheses) are matched as text and never parsed. A plain word matches whole
/// when the index holds it as a term and as a prefix otherwise (<c>osteo</c> finds <c>osteoblast</c>): a prefix
/// query makes FTS5 merge the doclists of every matching term first, which for a common word costs a hundred
/// times more. A word typed with <c>*</c> is always a prefix; numbers and DOIs match whole (<c>2023</c>).
/// </summary>
/// <remarks>
/// FTS5 ranks (bm25) and highlights (snippet) a row by merging the positions of every phrase, looking at every
/// phrase for each match it emits: the work per row grows with phrases × matches, and a text that repeats a
/// common word makes both grow together, so the cost grows with the square of the words. Hence a word repeated
/// becomes one phrase, and the API refuses texts of more than <see cref="MaxTerms"/> words.
/// </remarks>
public sealed class SearchQuery
{
    /// <summary>The most searchable words a search text may have (the API answers <c>BAD_USER_INPUT</c> beyond).</summary>
    public const int MaxTerms = 32;

    // PMIDs are positive integers of up to eight digits.
    private const int MaxPmidDigits = 8;

    private SearchQuery(IReadOnlyList<string> dois, IReadOnlyList<string> pmids, IReadOnlyList<SearchWord> words)
    {
        Dois = dois;
        Pmids = pmids;
        Words = words;
    }

    /// <summary>DOIs named by the text, without prefixes (stored DOIs compare case-insensitively).</summary>
    public IReadOnlyList<string> Dois { get; }

    /// <summary>Numbers that may be PMIDs.</summary>
    public IReadOnlyList<string> Pmids { get; }

    /// <summary>The words to match; empty when the text has nothing searchable.</summary>
    public IReadOnlyList<SearchWord> Words { get; }

    /// <summary>All phrases must match (implicit AND).</summary>
    public static string AllOf(IEnumerable<string> phrases) => string.Join(" ", phrases);

    /// <summary>Any phrase may match.</summary>
    public static string AnyOf(IEnumerable<string> phrases) => string.Join(" OR ", phrases);

    /// <summary>
    /// How many searchable words (holding a letter or digit) <paramref name="text"/> has, counting no further than
    /// <paramref name="stopAfter"/> (so a huge text costs no more than its first words).
    /// </summary>
    public static int CountWords(string text, int stopAfter = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        int count = 0;
        using IEnumerator<Range> words = SearchableWords(text).GetEnumerator();
        while (count < stopAfter && words.MoveNext())
        {
            count++;
        }

        return count;
    }

    /// <summary>Reads the text; a word repeated (in any case) is kept once, in order of appearance.</summary>
    public static SearchQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dois = new List<string>();
        var pmids = new List<string>();
        var found = new List<SearchWord>();
        foreach (Range range in SearchableWords(text))
        {
            string word = text[range];
            if (DoiText.FindAll(word) is [string doi, ..])
            {
                if (AddOnce(dois, doi))
                {
                    found.Add(new SearchWord(doi, WordMatch.Whole));
                }

                continue;
            }

            // "PMID: 36037105", "pmid:36037105": the label is not a word to search for.
            if (word.StartsWith("pmid", StringComparison.OrdinalIgnoreCase) && word.TrimEnd(':').Length == 4)
            {
                continue;
            }

            if (word.StartsWith("pmid:", StringComparison.OrdinalIgnoreCase))
            {
                word = word[5..];
            }

            string bare = word.TrimEnd('*');
            if (!bare.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            bool number = bare.All(char.IsAsciiDigit);
            if (number && bare.Length <= MaxPmidDigits)
            {
                _ = AddOnce(pmids, bare.TrimStart('0'));
            }

            WordMatch match = bare.Length < word.Length ? WordMatch.Prefix
                : number ? WordMatch.Whole
                : bare.All(char.IsAsciiLetterOrDigit) ? WordMatch.WholeIfIndexed
                : WordMatch.Prefix;
            if (!found.Any(w => string.Equals(w.Text, bare, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(new SearchWord(bare, match));
            }
        }

        return new SearchQuery(dois, pmids, found);
    }

    private static bool AddOnce(List<string> values, string value)
    {
        if (value.Length == 0 || values.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        values.Add(value);
        return true;
    }

    /// <summary>The whitespace-separated words that hold a letter or digit.</summary>
    private static IEnumerable<Range> SearchableWords(string text)
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
