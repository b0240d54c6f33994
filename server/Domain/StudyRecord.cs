namespace NmnGraph.Server.Domain;

/// <summary>A study (schema.graphql <c>Study</c>); unidentified studies keep null title, DOI and PMID.</summary>
public sealed record StudyRecord(
    long Id,
    string Slug,
    string Label,
    string? Title,
    IReadOnlyList<string> Authors,
    string? Journal,
    int? Year,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Doi,
    string? Pmid,
    IReadOnlyList<string> Institutions,
    StudyDesignRecord Design,
    IReadOnlyList<string> Findings,
    IReadOnlyList<EvidenceLevel> EvidenceLevels,
    VerificationRecord Verification);
