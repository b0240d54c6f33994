namespace NmnGraph.Bench.Workload;

/// <summary>An article of the workload data set, with its claims and cited studies resolved.</summary>
public sealed class WorkloadArticle
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Doi { get; init; }

    public required string Url { get; init; }

    public required string PublishedAt { get; init; }

    public string? Journal { get; init; }

    public required IReadOnlyList<string> Authors { get; init; }

    public required string Abstract { get; init; }

    public int WordCount { get; init; }

    public double Score { get; init; }

    public IReadOnlyList<WorkloadClaim> Claims { get; internal set; } = [];

    public IReadOnlyList<WorkloadStudy> Studies { get; internal set; } = [];
}
