using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store.Querying;

/// <summary>Mirrors schema.graphql <c>ClaimFilter</c>; ids are database ids.</summary>
public sealed record ClaimFilter
{
    public StringFilter? Statement { get; init; }

    public ClaimKind? Kind { get; init; }

    public EvidenceLevel? EvidenceLevel { get; init; }

    /// <summary>Claims whose level's best evidence link was checked this far (<c>Claim.evidenceVerification</c>).</summary>
    public EvidenceVerification? EvidenceVerification { get; init; }

    public bool? AboutNmn { get; init; }

    public string? Topic { get; init; }

    /// <summary>Claims mentioned by this article.</summary>
    public long? Article { get; init; }

    /// <summary>Claims this study is evidence for.</summary>
    public long? Study { get; init; }

    public IReadOnlyList<ClaimFilter>? And { get; init; }

    public IReadOnlyList<ClaimFilter>? Or { get; init; }
}
