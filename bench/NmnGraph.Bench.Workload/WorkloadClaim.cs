namespace NmnGraph.Bench.Workload;

/// <summary>A claim of the workload data set; <see cref="Articles"/> and <see cref="Studies"/> are derived.</summary>
public sealed class WorkloadClaim
{
    public required string Id { get; init; }

    public required string Statement { get; init; }

    public required string Stance { get; init; }

    public double Confidence { get; init; }

    public required string Topic { get; init; }

    public IReadOnlyList<WorkloadArticle> Articles { get; internal set; } = [];

    public IReadOnlyList<WorkloadStudy> Studies { get; internal set; } = [];
}
