using NmnGraph.Client;
using NmnGraph.Terminal;

namespace NmnGraph.Tui.Screens;

/// <summary>
/// The browser's styles. Colours only add to words and attributes (bold, underline, reverse), so everything stays
/// readable under NO_COLOR, where the renderer drops the colours.
/// </summary>
public static class Theme
{
    public static Style Title => new(Color.Default, Color.Default, TextAttributes.Bold);

    public static Style Section => new(Color.Cyan, Color.Default, TextAttributes.Bold);

    public static Style Dim => new(Color.Default, Color.Default, TextAttributes.Dim);

    public static Style Label => new(Color.BrightBlack, Color.Default, TextAttributes.None);

    public static Style Marker => new(Color.BrightYellow, Color.Default, TextAttributes.Bold);

    public static Style Warning => new(Color.BrightRed, Color.Default, TextAttributes.Bold);

    public static Style Error => new(Color.Red, Color.Default, TextAttributes.Bold);

    /// <summary>News about the data (changed on the server, refreshed) in the footer.</summary>
    public static Style Status => new(Color.Green, Color.Default, TextAttributes.None);

    public static Style Heading => new(Color.Default, Color.Default, TextAttributes.Bold);

    public static Style Caption => new(Color.Default, Color.Default, TextAttributes.Italic);

    public static Style FocusedBorder => new(Color.Cyan, Color.Default, TextAttributes.Bold);

    public static Style Border => new(Color.BrightBlack, Color.Default, TextAttributes.None);

    public static Style Header => new(Color.Default, Color.Default, TextAttributes.Bold);

    public static Style Footer => new(Color.Default, Color.Default, TextAttributes.None);

    public static Style FooterKey => new(Color.Cyan, Color.Default, TextAttributes.Bold);

    /// <summary>Evidence levels from green (human trials) through yellow (cells in a dish) to red (nothing).</summary>
    public static Color LevelColor(EvidenceLevel level) => level switch
    {
        EvidenceLevel.HumanTrial => Color.Green,
        EvidenceLevel.HumanObservational => Color.BrightGreen,
        EvidenceLevel.AnimalModel => Color.BrightYellow,
        EvidenceLevel.InVitro => Color.Yellow,
        EvidenceLevel.NoneExtrapolation or EvidenceLevel.NoneMechanisticSpeculation or EvidenceLevel.NoneBackground or EvidenceLevel.None => Color.BrightRed,
        _ => Color.BrightBlack,
    };

    public static Style Level(EvidenceLevel level) => Style.Fg(LevelColor(level));

    /// <summary>Article-only evidence is dimmed and italic, so it never looks like checked evidence (also under NO_COLOR).</summary>
    public static Style Level(EvidenceLevel level, EvidenceVerification? verification) =>
        verification == EvidenceVerification.ArticleOnly ? Level(level).Add(TextAttributes.Dim | TextAttributes.Italic) : Level(level);

    public static Style Verification(VerificationStatus status) => status switch
    {
        VerificationStatus.Verified => Style.Fg(Color.Green),
        VerificationStatus.Partial => Style.Fg(Color.Yellow),
        _ => Warning,
    };
}
