using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store.Querying;

/// <summary>Mirrors schema.graphql <c>StudyFilter</c>.</summary>
public sealed record StudyFilter
{
    public StringFilter? Title { get; init; }

    public StringFilter? Journal { get; init; }

    public int? Year { get; init; }

    public bool? HasDoi { get; init; }

    public VerificationStatus? Verification { get; init; }

    /// <summary>Studies whose evidence levels include this one.</summary>
    public EvidenceLevel? EvidenceLevel { get; init; }

    public string? Topic { get; init; }

    public IReadOnlyList<StudyFilter>? And { get; init; }

    public IReadOnlyList<StudyFilter>? Or { get; init; }
}
