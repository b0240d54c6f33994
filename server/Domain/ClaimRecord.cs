namespace NmnGraph.Server.Domain;

/// <summary>
/// A normalized claim. <see cref="EvidenceLevel"/> is the curated level when <see cref="EvidenceLevelCurated"/>,
/// else the level computed from the claim's evidence, kept up to date by every evidence change.
/// </summary>
public sealed record ClaimRecord(
    long Id,
    string Slug,
    string Statement,
    ClaimKind Kind,
    bool AboutNmn,
    EvidenceLevel EvidenceLevel,
    IReadOnlyList<string> Caveats,
    bool EvidenceLevelCurated);
