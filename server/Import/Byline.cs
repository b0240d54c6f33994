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
        DateOnly? date = null;
        string? dateWritten = null;
        string? author = null;
        string? column = null;
        bool byline = false;
        foreach (string rawItem in ItemSeparator().Split(content))
        {
            string item = rawItem.Trim();
            if (item.Length == 0)
            {
                continue;
            }

            Match lead = LeadPattern().Match(item);
            string rest = item[lead.Length..].Trim();
            bool byPrefix = lead.Groups["by"].Success;
            if (date is null && !byPrefix && DateText.TryReadAtStart(rest, out DateOnly found, out int length) && TimePattern().IsMatch(rest[length..]))
            {
                date = found;
                dateWritten = rest[..length].Trim();
            }
            else if (author is null && IsName(rest) && (byPrefix || date is not null))
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

    // A person or an organization: one to five capitalized words (with the usual particles), no digits.
    private static bool IsName(string text)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5
            && !text.Any(char.IsDigit)
            && !PageFurniture.IsSectionLabel(text)
            && words.All(w => char.IsUpper(w[0]) || w is "de" or "van" or "von" or "da" or "di" or "la" or "le" or "bin" or "al" or "and" or "&");
    }

    [GeneratedRegex(@"\s+(?:\||｜|·|•|—|–|-)\s+|\s*(?:\||｜|·|•)\s*|\s+(?=by\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemSeparator();

    [GeneratedRegex(@"^(?:(?:Posted|Published|Released|Written|Updated)\s+(?:on\s+)?|On\s+|(?<by>(?:Posted |Written |Published )?by\s+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"^\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^\d+\s*(?:min(?:ute)?s?|mins?)\s*(?:read)?$|^\d[\d,]*\s*(?:views?|reads?|comments?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTimePattern();
}
