using System.Globalization;
using System.Text.RegularExpressions;

namespace NmnGraph.Server.Import;

/// <summary>
/// Reads the publication dates pages write: ISO (<c>2024-03-05</c>, <c>2024/3/5</c>, <c>2024.03.05</c>, with or
/// without a time), month-name forms (<c>Mar 5, 2024</c>, <c>March 5th 2024</c>, <c>5 March 2024</c>) and
/// <c>2024年3月5日</c>. All-numeric day/month forms (<c>03/05/2024</c>) are ambiguous and never read.
/// </summary>
public static partial class DateText
{
    /// <summary>A date at the start of <paramref name="text"/> (after blanks): its value and the characters it spans.</summary>
    public static bool TryReadAtStart(string text, out DateOnly date, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        Match match = DatePattern().Match(text);
        date = default;
        length = 0;
        if (!match.Success || !TryBuild(match, out date))
        {
            return false;
        }

        length = match.Index + match.Length;
        return true;
    }

    /// <summary>
    /// A date that is all of <paramref name="text"/> but for blanks and a time of day after it (<c>Mar 5, 2024 10:30 AM</c>);
    /// <paramref name="length"/> spans the date.
    /// </summary>
    public static bool TryReadWhole(string text, out DateOnly date, out int length) =>
        TryReadAtStart(text, out date, out length) && TimeOfDayPattern().IsMatch(text[length..]);

    /// <summary>True when <paramref name="text"/> starts with a day/month/year written only in digits, in either order.</summary>
    public static bool IsAmbiguousNumeric(string text) => AmbiguousPattern().IsMatch(text);

    private static bool TryBuild(Match match, out DateOnly date)
    {
        date = default;
        int year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        int month = match.Groups["m"].Success
            ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture)
            : MonthNumber(match.Groups["mon"].Value);
        if (year < 1900 || year > 2199 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    // Month names: full or three-letter (and "Sept"), an optional full stop after the short form.
    private const string Month = @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(
        @"^\s*(?:"
        + @"(?<y>\d{4})\s*[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<d>\d{1,2})(?![\d/.-])"
        + @"|(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日"
        + "|" + Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)"
        + @"|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<y>\d{4})(?!\d)"
        + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();

    // A time after the date: 10:30, 10:30:05, 10:30 AM, or ISO's T10:30:05.
    [GeneratedRegex(@"^(?:[T\s]\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDayPattern();

    [GeneratedRegex(@"^\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AmbiguousPattern();
}
