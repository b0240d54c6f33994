namespace NmnGraph.Bench.Workload;

/// <summary>A study of the workload data set; <see cref="CitedBy"/> is derived from the articles.</summary>
public sealed class WorkloadStudy
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Doi { get; init; }

    public int Year { get; init; }

    public required string Design { get; init; }

    public required string Species { get; init; }

    public int SampleSize { get; init; }

    public int? DurationWeeks { get; init; }

    public int? DosageMg { get; init; }

    public required string Outcome { get; init; }

    public IReadOnlyList<WorkloadArticle> CitedBy { get; internal set; } = [];

    public IReadOnlyList<WorkloadClaim> Claims { get; internal set; } = [];
}
