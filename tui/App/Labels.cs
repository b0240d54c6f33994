using NmnGraph.Client;

namespace NmnGraph.Tui.App;

/// <summary>Human words for the schema's enums (the colour is an extra, never the only sign).</summary>
public static class Labels
{
    public static string Level(EvidenceLevel level) => level switch
    {
        EvidenceLevel.HumanTrial => "human trial",
        EvidenceLevel.HumanObservational => "human observational",
        EvidenceLevel.AnimalModel => "animal model",
        EvidenceLevel.InVitro => "in vitro",
        EvidenceLevel.NoneExtrapolation => "no evidence (extrapolation)",
        EvidenceLevel.NoneMechanisticSpeculation => "no evidence (speculation)",
        EvidenceLevel.NoneBackground => "no evidence (background)",
        EvidenceLevel.None => "no evidence",
        _ => "not applicable",
    };

    /// <summary>A claim's level with how far the evidence behind it was checked (article-only evidence says so).</summary>
    public static string Level(EvidenceLevel level, EvidenceVerification? verification) => verification switch
    {
        EvidenceVerification.ArticleOnly => Level(level) + ", per the article only",
        EvidenceVerification.SecondarySummary => Level(level) + ", per a secondary summary",
        _ => Level(level),
    };

    public static string Verification(EvidenceVerification verification) => verification switch
    {
        EvidenceVerification.VerifiedAgainstAbstract => "✓ checked against the abstract",
        EvidenceVerification.SecondarySummary => "~ secondary summary only",
        _ => "? article only, not checked",
    };

    /// <summary>A fixed-width badge for list rows.</summary>
    public static string LevelBadge(EvidenceLevel level) => level switch
    {
        EvidenceLevel.HumanTrial => "HUMAN",
        EvidenceLevel.HumanObservational => "OBSRV",
        EvidenceLevel.AnimalModel => "ANIML",
        EvidenceLevel.InVitro => "VITRO",
        EvidenceLevel.NoneExtrapolation => "EXTRP",
        EvidenceLevel.NoneMechanisticSpeculation => "SPECL",
        EvidenceLevel.NoneBackground => "BKGND",
        EvidenceLevel.None => "NONE ",
        _ => " n/a ",
    };

    /// <summary>The badge, lower-cased with a question mark when only the article vouches for the evidence (<c>anim?</c>).</summary>
    public static string LevelBadge(EvidenceLevel level, EvidenceVerification? verification) =>
        verification == EvidenceVerification.ArticleOnly ? LevelBadge(level)[..4].ToLowerInvariant() + "?" : LevelBadge(level);

    public static string Kind(ClaimKind kind) => Words(kind.ToString());

    public static string Stance(Stance stance) => Words(stance.ToString());

    public static string Verification(VerificationStatus status) => status switch
    {
        VerificationStatus.Verified => "verified",
        VerificationStatus.Partial => "partly verified",
        VerificationStatus.Unidentified => "UNIDENTIFIED",
        VerificationStatus.Unverified => "unverified (identifier only)",
        _ => "unknown",
    };

    /// <summary>An article's title; an article imported without a title line shows its slug instead.</summary>
    public static string ArticleTitle(string? title, string slug) => title ?? $"(untitled) {slug}";

    /// <summary><c>StudyFinding</c> → <c>study finding</c>.</summary>
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
