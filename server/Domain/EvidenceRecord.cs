namespace NmnGraph.Server.Domain;

/// <summary>A study linked to a claim, with stance, level and how far the link was checked.</summary>
public sealed record EvidenceRecord(
    long Id,
    long ClaimId,
    long StudyId,
    Stance Stance,
    EvidenceLevel Level,
    string? Note,
    EvidenceVerification Verification);
