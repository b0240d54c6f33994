namespace NmnGraph.Server.Store.Querying;

/// <summary>Mirrors schema.graphql <c>ArticleFilter</c>; ids are database ids (the API decodes global ids).</summary>
public sealed record ArticleFilter
{
    public StringFilter? Title { get; init; }

    public StringFilter? Text { get; init; }

    public StringFilter? Author { get; init; }

    public DateRange? PublishedOn { get; init; }

    /// <summary>Topic slug: articles that mention a claim of this topic.</summary>
    public string? Topic { get; init; }

    public long? CitesStudy { get; init; }

    public IReadOnlyList<ArticleFilter>? And { get; init; }

    public IReadOnlyList<ArticleFilter>? Or { get; init; }
}
