using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>
/// An edit of a claim; null fields keep their value (schema.graphql <c>UpdateClaimInput</c>). When
/// <see cref="ChangesEvidenceLevel"/>, <see cref="EvidenceLevel"/> becomes the curated level (null: computed again).
/// </summary>
public sealed record ClaimUpdate(
    long Id,
    string? Statement = null,
    ClaimKind? Kind = null,
    IReadOnlyList<string>? Topics = null,
    IReadOnlyList<string>? Caveats = null,
    bool ChangesEvidenceLevel = false,
    EvidenceLevel? EvidenceLevel = null);
