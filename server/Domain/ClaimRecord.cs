namespace NmnGraph.Server.Domain;

/// <summary>A normalized claim; <see cref="EvidenceLevel"/> is kept up to date by every evidence change.</summary>
public sealed record ClaimRecord(
    long Id,
    string Slug,
    string Statement,
    ClaimKind Kind,
    bool AboutNmn,
    EvidenceLevel EvidenceLevel,
    IReadOnlyList<string> Caveats);
