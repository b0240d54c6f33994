using System.Globalization;
using System.Text;

namespace NmnGraph.Server.Store.Postgres;

/// <summary>
/// The snippet FTS5 writes with <c>snippet(search_index, -1, '[', ']', '…', 24)</c>, written again for rows that
/// PostgreSQL found, so that a hit reads the same on both engines: words are runs of letters and digits (compared
/// lower-case, without accents, as <c>search_fold</c> reads them); the fragment of at most <see cref="Tokens"/>
/// words that holds the most different phrases wins (the title before the body on a tie), preferring one that
/// starts a sentence; each run of overlapping phrase matches is wrapped in one pair of brackets; <c>…</c> marks
/// text left out before or after.
/// </summary>
internal static class SearchSnippet
{
    public const int Tokens = 24;
    private const string Open = "[";
    private const string Close = "]";
    private const string Ellipsis = "…";

    // The accents search_fold removes that Unicode decomposition does not (migration 8).
    private static readonly Dictionary<char, char> s_letters = new() { ['ø'] = 'o', ['ł'] = 'l', ['đ'] = 'd', ['ħ'] = 'h' };

    /// <param name="columns">The row's title and body.</param>
    /// <param name="phrases">Each phrase's folded tokens and whether its last token is a prefix.</param>
    public static string Write(IReadOnlyList<string> columns, IReadOnlyList<(string[] Tokens, bool Prefix)> phrases)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(phrases);
        var words = columns.Select(Words).ToList();
        var instances = columns.Select((_, c) => Instances(words[c], phrases)).ToList();
        int bestColumn = 0;
        int bestStart = 0;
        int bestScore = 0;
        for (int c = 0; c < columns.Count; c++)
        {
            int size = words[c].Count;
            List<int> sentences = SentenceStarts(columns[c], words[c]);
            foreach ((int _, int offset, int _) in instances[c])
            {
                (int score, int adjusted) = Score(instances[c], phrases.Count, size, offset);
                if (score > bestScore)
                {
                    (bestScore, bestColumn, bestStart) = (score, c, adjusted);
                }

                if (sentences.Count > 0 && size > Tokens)
                {
                    int j = 0;
                    while (j < sentences.Count - 1 && sentences[j + 1] <= offset)
                    {
                        j++;
                    }

                    if (sentences[j] < offset)
                    {
                        int sentenceScore = Score(instances[c], phrases.Count, size, sentences[j]).Score + (sentences[j] == 0 ? 120 : 100);
                        if (sentenceScore > bestScore)
                        {
                            (bestScore, bestColumn, bestStart) = (sentenceScore, c, sentences[j]);
                        }
                    }
                }
            }
        }

        return Highlight(columns[bestColumn], words[bestColumn], instances[bestColumn], bestStart);
    }

    /// <summary>
    /// A fragment's score from <paramref name="start"/>: 1000 for each phrase found in it and 1 for each repeat; and
    /// where a fragment around its matches would start.
    /// </summary>
    private static (int Score, int Adjusted) Score(List<(int Phrase, int Offset, int Size)> instances, int phraseCount, int size, int start)
    {
        var seen = new bool[phraseCount];
        int score = 0;
        int first = -1;
        int last = 0;
        foreach ((int phrase, int offset, int length) in instances)
        {
            if (offset >= start && offset < (long)start + Tokens)
            {
                score += seen[phrase] ? 1 : 1000;
                seen[phrase] = true;
                if (first < 0)
                {
                    first = offset;
                }

                last = offset + length;
            }
        }

        int adjusted = first - (Tokens - (last - first)) / 2;
        adjusted = Math.Max(0, adjusted + Tokens > size ? size - Tokens : adjusted);
        return (score, adjusted);
    }

    private static string Highlight(string text, List<(int Start, int End, string Folded)> words, List<(int Phrase, int Offset, int Size)> instances, int rangeStart)
    {
        int rangeEnd = rangeStart + Tokens - 1;
        var output = new StringBuilder();
        if (rangeStart > 0)
        {
            output.Append(Ellipsis);
        }

        List<(int Start, int End)> runs = Coalesce(instances);
        int run = 0;
        while (run < runs.Count && runs[run].Start < rangeStart)
        {
            run++;
        }

        int copied = 0;
        bool open = false;
        for (int position = rangeStart; position < words.Count && position <= rangeEnd; position++)
        {
            (int start, int end, _) = words[position];
            (int Start, int End) current = run < runs.Count ? runs[run] : (-1, -1);
            if (position == rangeStart && rangeStart > 0)
            {
                copied = start;
            }

            if (open && (position <= current.Start || current.Start < 0) && start > copied)
            {
                output.Append(Close);
                open = false;
            }

            if (position == current.Start && !open)
            {
                output.Append(text, copied, start - copied).Append(Open);
                copied = start;
                open = true;
            }

            if (position == current.End)
            {
                if (!open)
                {
                    output.Append(Open);
                    open = true;
                }

                output.Append(text, copied, end - copied);
                copied = end;
                run++;
                current = run < runs.Count ? runs[run] : (-1, -1);
            }

            if (position == rangeEnd)
            {
                if (open)
                {
                    if (current.Start >= 0 && position >= current.Start)
                    {
                        output.Append(text, copied, end - copied);
                        copied = end;
                    }

                    output.Append(Close);
                    open = false;
                }

                output.Append(text, copied, end - copied);
                copied = end;
            }
        }

        if (open)
        {
            output.Append(Close);
        }

        return rangeEnd >= words.Count - 1 ? output.Append(text, copied, text.Length - copied).ToString() : output.Append(Ellipsis).ToString();
    }

    /// <summary>The column's phrase matches in word order, overlapping ones joined: the spans that get brackets.</summary>
    private static List<(int Start, int End)> Coalesce(List<(int Phrase, int Offset, int Size)> instances)
    {
        var runs = new List<(int Start, int End)>();
        foreach ((_, int offset, int size) in instances)
        {
            int end = offset + size - 1;
            if (runs.Count > 0 && offset <= runs[^1].End)
            {
                runs[^1] = (runs[^1].Start, Math.Max(runs[^1].End, end));
            }
            else
            {
                runs.Add((offset, end));
            }
        }

        return runs;
    }

    /// <summary>Every place where a phrase matches, ordered by word offset, then phrase.</summary>
    private static List<(int Phrase, int Offset, int Size)> Instances(List<(int Start, int End, string Folded)> words, IReadOnlyList<(string[] Tokens, bool Prefix)> phrases)
    {
        var instances = new List<(int Phrase, int Offset, int Size)>();
        for (int offset = 0; offset < words.Count; offset++)
        {
            for (int p = 0; p < phrases.Count; p++)
            {
                (string[] tokens, bool prefix) = phrases[p];
                if (offset + tokens.Length > words.Count)
                {
                    continue;
                }

                bool matches = true;
                for (int t = 0; t < tokens.Length && matches; t++)
                {
                    string word = words[offset + t].Folded;
                    matches = prefix && t == tokens.Length - 1
                        ? word.StartsWith(tokens[t], StringComparison.Ordinal)
                        : string.Equals(word, tokens[t], StringComparison.Ordinal);
                }

                if (matches)
                {
                    instances.Add((p, offset, tokens.Length));
                }
            }
        }

        return instances;
    }

    /// <summary>The words that start a sentence: the first, and each after a '.' or ':' and white space.</summary>
    private static List<int> SentenceStarts(string text, List<(int Start, int End, string Folded)> words)
    {
        var starts = new List<int>();
        for (int i = 0; i < words.Count; i++)
        {
            if (i == 0)
            {
                starts.Add(0);
                continue;
            }

            int j = words[i].Start - 1;
            while (j >= 0 && text[j] is ' ' or '\t' or '\n' or '\r')
            {
                j--;
            }

            if (j != words[i].Start - 1 && j >= 0 && text[j] is '.' or ':')
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    /// <summary>The runs of letters and digits, with their folded form.</summary>
    private static List<(int Start, int End, string Folded)> Words(string text)
    {
        var words = new List<(int, int, string)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordChar(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            words.Add((start, i, Fold(text[start..i])));
        }

        return words;
    }

    private static bool IsWordChar(string text, int index) =>
        CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.PrivateUse;

    private static string Fold(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (char c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(s_letters.TryGetValue(c, out char plain) ? plain : c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
