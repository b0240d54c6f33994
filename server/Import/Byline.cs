using System.Text.RegularExpressions;

namespace NmnGraph.Server.Import;

/// <summary>
/// Reads an unlabelled date or byline line: a bare date (<c>2024-03-05</c>, <c>• Mar 5, 2024</c>), a date and an author
/// after a separator (<c>5 March 2024 | Jane Roe</c>, <c>Posted on March 5, 2024 by Jane Roe</c>), or a byline
/// (<c>By Jane Roe · Mar 5, 2024</c>). Items that are neither a date, a name nor a section are ignored (<c>3 min read</c>).
/// </summary>
public static partial class Byline
{
    private const int MaxLength = 160;

    /// <summary>What the line holds, or null when it is not a date or byline line.</summary>
    public static BylineFields? TryRead(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MaxLength)
        {
            return null;
        }

        string content = Bullets.Strip(line, out _);
        var items = new List<(string Item, string Words, bool ByPrefix)>();
        foreach (string rawItem in ItemSeparator().Split(content))
        {
            string item = rawItem.Trim();
            if (item.Length > 0)
            {
                Match lead = LeadPattern().Match(item);
                items.Add((item, item[lead.Length..].Trim(), lead.Groups["by"].Success));
            }
        }

        // The date first, wherever it stands, so that a name before it (Jane Roe | Mar 5, 2024) is read as the author.
        int dateIndex = items.FindIndex(i => !i.ByPrefix && DateText.TryReadWhole(i.Words, out _, out _));
        DateOnly? date = null;
        string? dateWritten = null;
        if (dateIndex >= 0)
        {
            DateText.TryReadWhole(items[dateIndex].Words, out DateOnly found, out int length);
            date = found;
            dateWritten = items[dateIndex].Words[..length].Trim();
        }

        string? author = null;
        string? column = null;
        bool byline = false;
        for (int i = 0; i < items.Count; i++)
        {
            (string item, string rest, bool byPrefix) = items[i];
            if (i == dateIndex)
            {
                continue;
            }

            if (author is null && (byPrefix ? IsHandle(rest) : date is not null && IsName(rest)))
            {
                author = rest;
                byline |= byPrefix;
            }
            else if (column is null && PageFurniture.IsSectionLabel(rest))
            {
                column = rest;
            }
            else if (!ReadingTimePattern().IsMatch(item))
            {
                return null;
            }
        }

        return date is null && !byline ? null : new BylineFields(date, dateWritten, author, byline, column);
    }

    // After "By" any one to five words without digits name the author (site handles such as "admin" included).
    private static bool IsHandle(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 1 and <= 5 && !text.Any(char.IsDigit);

    // A person or an organization: one to five capitalized words (with the usual particles), no digits.
    private static bool IsName(string text)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5
            && !text.Any(char.IsDigit)
            && !PageFurniture.IsSectionLabel(text)
            && words.All(w => char.IsUpper(w[0]) || w is "de" or "van" or "von" or "da" or "di" or "la" or "le" or "bin" or "al" or "and" or "&");
    }

    // Separators: bars, dots and dashes; " by " (unless it follows Posted/Written/Published); " on " after the first item.
    [GeneratedRegex(@"\s+(?:\||｜|·|•|—|–|-)\s+|\s*(?:\||｜|·|•)\s*|(?<!^(?:Posted|Written|Published))\s+(?=by\s)|(?<!^(?:Posted|Published|Released|Updated|Written))\s+on\s+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemSeparator();

    [GeneratedRegex(@"^(?:(?<by>(?:Posted |Written |Published )?by\s+)|(?:Posted|Published|Released|Written|Updated)\s+(?:on\s+)?|On\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"^\d+\s*(?:min(?:ute)?s?|mins?)\s*(?:read)?$|^\d[\d,]*\s*(?:views?|reads?|comments?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTimePattern();
}
