using System.Text;
using NmnGraph.Server.Import;

namespace NmnGraph.Server.Search;

/// <summary>
/// Turns free text into what the search runs: the study identifiers it names (DOIs in any usual spelling —
/// bare, <c>doi:</c>, <c>https://doi.org/</c> — and PMIDs, bare or after <c>PMID:</c>) and a safe FTS5 query.
/// Each word that contains a letter or digit becomes a quoted phrase, so FTS operators (<c>"</c>, <c>*</c>,
/// <c>-</c>, <c>NEAR</c>, <c>:</c>, parentheses) are matched as text and never parsed; words match as prefixes
/// (<c>osteo</c> finds <c>osteoblast</c>), except numbers, which match whole (<c>2023</c>).
/// </summary>
public sealed class SearchQuery
{
    // PMIDs are positive integers of up to eight digits.
    private const int MaxPmidDigits = 8;

    private SearchQuery(IReadOnlyList<string> dois, IReadOnlyList<string> pmids, IReadOnlyList<string> phrases)
    {
        Dois = dois;
        Pmids = pmids;
        Phrases = phrases;
    }

    /// <summary>DOIs named by the text, without prefixes (stored DOIs compare case-insensitively).</summary>
    public IReadOnlyList<string> Dois { get; }

    /// <summary>Numbers that may be PMIDs.</summary>
    public IReadOnlyList<string> Pmids { get; }

    /// <summary>The FTS5 phrases, one per word; empty when the text has nothing searchable.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>All words must match (implicit AND).</summary>
    public string AllOf => string.Join(" ", Phrases);

    /// <summary>Any word may match.</summary>
    public string AnyOf => string.Join(" OR ", Phrases);

    public static SearchQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dois = new List<string>();
        var pmids = new List<string>();
        var phrases = new List<string>();
        string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            if (DoiText.FindAll(word) is [string doi, ..])
            {
                AddOnce(dois, doi);
                phrases.Add(Phrase(doi, prefix: false));
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
                AddOnce(pmids, bare.TrimStart('0'));
            }

            phrases.Add(Phrase(bare, prefix: !number || bare.Length < word.Length));
        }

        return new SearchQuery(dois, pmids, phrases);
    }

    private static string Phrase(string word, bool prefix)
    {
        var builder = new StringBuilder("\"").Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return (prefix ? builder.Append('*') : builder).ToString();
    }

    private static void AddOnce(List<string> values, string value)
    {
        if (value.Length > 0 && !values.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            values.Add(value);
        }
    }
}
