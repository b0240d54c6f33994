using System.Text.RegularExpressions;

namespace NmnGraph.Server.Import;

/// <summary>
/// Recognizes figure captions by their marker: a triangle or similar sign (<c>△</c>, <c>▲</c>, <c>▶</c>, <c>※</c>)
/// or a label (<c>Figure 2:</c>, <c>Fig. 1.</c>, <c>Image:</c>, <c>Photo source:</c>). A caption without a marker
/// cannot be told from a paragraph and stays one.
/// </summary>
public static partial class CaptionMarker
{
    /// <summary>The marker <paramref name="line"/> starts with (<c>△</c>, <c>Figure</c>), or null when it is not a caption.</summary>
    public static string? Find(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        Match match = MarkerPattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["sign"].Success ? match.Groups["sign"].Value : match.Groups["label"].Value;
    }

    [GeneratedRegex(
        @"^(?:(?<sign>[△▲▽▼▷▶►◆◇■□●○※])|[\(（]?(?<label>Figure|Fig\.|Image|Photo|Picture|Pictured|Chart|Illustration)(?:\s*\d+[a-z]?)?(?:\s*(?:source|credit))?\s*[:：.|–—-](?:\s|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MarkerPattern();
}
