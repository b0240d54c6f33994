using System.Buffers;
using System.Globalization;
using System.Text;

namespace NmnGraph.Terminal;

/// <summary>
/// Columns a character takes in a terminal: 2 for East Asian Wide/Fullwidth characters and emoji, 0 for combining
/// marks, enclosing marks and format characters (which attach to the previous cell), 1 otherwise.
/// </summary>
/// <remarks>
/// The wide ranges are a compact table condensed from Unicode's EastAsianWidth.txt (W and F). The zero-width test
/// uses the runtime's general-category data (Mn, Me, Cf), which is the same Unicode data without a second copy.
/// Control characters (Cc) are treated as zero width and are never written, so text from elsewhere cannot smuggle
/// escape sequences onto the screen.
/// </remarks>
public static class DisplayWidth
{
    // Sorted, non-overlapping inclusive ranges of East Asian Wide (W) and Fullwidth (F) code points.
    private static readonly (int First, int Last)[] s_wide =
    [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
        (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
        (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
        (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x2E80, 0x303E),
        (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F), (0xAC00, 0xD7A3),
        (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4),
        (0x16FF0, 0x16FF1), (0x17000, 0x18CFF), (0x18D00, 0x18D08), (0x1AFF0, 0x1B2FF), (0x1D300, 0x1D376),
        (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F1E6, 0x1F1FF),
        (0x1F200, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251), (0x1F260, 0x1F265),
        (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA),
        (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440),
        (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567), (0x1F57A, 0x1F57A),
        (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC),
        (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6DF), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC),
        (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF),
        (0x1FA70, 0x1FA7C), (0x1FA80, 0x1FA89), (0x1FA8F, 0x1FAC6), (0x1FACE, 0x1FADC), (0x1FADF, 0x1FAE9),
        (0x1FAF0, 0x1FAF8), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ];

    /// <summary>Columns one code point takes on its own: 0, 1 or 2.</summary>
    public static int Of(Rune rune)
    {
        int value = rune.Value;
        if (value < 0x7F)
        {
            return value >= 0x20 ? 1 : 0;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
                return 0;
        }

        // Hangul medial vowels and final consonants combine with the preceding syllable.
        if (value is >= 0x1160 and <= 0x11FF)
        {
            return 0;
        }

        return IsWide(value) ? 2 : 1;
    }

    /// <summary>
    /// Columns one grapheme cluster takes: the width of its first code point, except that an emoji presentation
    /// selector (U+FE0F) makes a narrow base two columns wide, as terminals draw it.
    /// </summary>
    public static int OfGrapheme(ReadOnlySpan<char> grapheme)
    {
        if (grapheme.IsEmpty || Rune.DecodeFromUtf16(grapheme, out Rune first, out int consumed) != OperationStatus.Done)
        {
            return grapheme.IsEmpty ? 0 : 1;
        }

        int width = Of(first);
        if (width == 1 && grapheme[consumed..].Contains('\uFE0F'))
        {
            return 2;
        }

        return width;
    }

    /// <summary>Columns a whole string takes.</summary>
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int width = 0;
        int index = 0;
        while (index < text.Length)
        {
            int length = StringInfo.GetNextTextElementLength(text, index);
            width += OfGrapheme(text.AsSpan(index, length));
            index += length;
        }

        return width;
    }

    /// <summary>The longest prefix of <paramref name="text"/> that fits in <paramref name="maxWidth"/> columns.</summary>
    public static string Truncate(string text, int maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        int width = 0;
        int index = 0;
        while (index < text.Length)
        {
            int length = StringInfo.GetNextTextElementLength(text, index);
            int w = OfGrapheme(text.AsSpan(index, length));
            if (width + w > maxWidth)
            {
                break;
            }

            width += w;
            index += length;
        }

        return text[..index];
    }

    /// <summary>Truncates to <paramref name="maxWidth"/> columns, ending with an ellipsis when something was cut.</summary>
    public static string TruncateWithEllipsis(string text, int maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Of(text) <= maxWidth)
        {
            return text;
        }

        return maxWidth <= 0 ? string.Empty : Truncate(text, maxWidth - 1) + "…";
    }

    private static bool IsWide(int value)
    {
        if (value < s_wide[0].First)
        {
            return false;
        }

        int low = 0, high = s_wide.Length - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            if (value < s_wide[mid].First)
            {
                high = mid - 1;
            }
            else if (value > s_wide[mid].Last)
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
