using NmnGraph.GraphQL.Types;

namespace NmnGraph.Bench.Workload;

/// <summary>The workload schema (<c>schema.graphql</c>) bound to a <see cref="WorkloadData"/> graph in memory.</summary>
public static class WorkloadSchema
{
    public static Schema Build(string sdl, WorkloadData data)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        ArgumentNullException.ThrowIfNull(data);
        return SchemaBuilder.FromSdl(sdl)
            .BindType<WorkloadArticle>("Article")
            .BindType<WorkloadStudy>("Study")
            .BindType<WorkloadClaim>("Claim")
            .Bind("Query.articles", ctx => WorkloadData.First(data.Articles, ctx.ArgumentOrDefault<int?>("first")))
            .Bind("Query.studies", ctx => WorkloadData.First(data.Studies, ctx.ArgumentOrDefault<int?>("first")))
            .Bind("Query.claims", ctx => WorkloadData.First(data.Claims, ctx.ArgumentOrDefault<int?>("first")))
            .Bind("Query.node", ctx => data.Nodes.GetValueOrDefault(ctx.Argument<string>("id")))
            .Bind("Query.article", ctx => data.Nodes.GetValueOrDefault(ctx.Argument<string>("id")) as WorkloadArticle)
            .Bind("Article.id", ctx => ctx.ParentAs<WorkloadArticle>().Id)
            .Bind("Article.title", ctx => ctx.ParentAs<WorkloadArticle>().Title)
            .Bind("Article.doi", ctx => ctx.ParentAs<WorkloadArticle>().Doi)
            .Bind("Article.url", ctx => ctx.ParentAs<WorkloadArticle>().Url)
            .Bind("Article.publishedAt", ctx => ctx.ParentAs<WorkloadArticle>().PublishedAt)
            .Bind("Article.journal", ctx => ctx.ParentAs<WorkloadArticle>().Journal)
            .Bind("Article.authors", ctx => ctx.ParentAs<WorkloadArticle>().Authors)
            .Bind("Article.abstract", ctx => ctx.ParentAs<WorkloadArticle>().Abstract)
            .Bind("Article.wordCount", ctx => ctx.ParentAs<WorkloadArticle>().WordCount)
            .Bind("Article.score", ctx => ctx.ParentAs<WorkloadArticle>().Score)
            .Bind("Article.claims", ctx => ctx.ParentAs<WorkloadArticle>().Claims)
            .Bind("Article.studies", ctx => ctx.ParentAs<WorkloadArticle>().Studies)
            .Bind("Study.id", ctx => ctx.ParentAs<WorkloadStudy>().Id)
            .Bind("Study.title", ctx => ctx.ParentAs<WorkloadStudy>().Title)
            .Bind("Study.doi", ctx => ctx.ParentAs<WorkloadStudy>().Doi)
            .Bind("Study.year", ctx => ctx.ParentAs<WorkloadStudy>().Year)
            .Bind("Study.design", ctx => ctx.ParentAs<WorkloadStudy>().Design)
            .Bind("Study.species", ctx => ctx.ParentAs<WorkloadStudy>().Species)
            .Bind("Study.sampleSize", ctx => ctx.ParentAs<WorkloadStudy>().SampleSize)
            .Bind("Study.durationWeeks", ctx => ctx.ParentAs<WorkloadStudy>().DurationWeeks)
            .Bind("Study.dosageMg", ctx => ctx.ParentAs<WorkloadStudy>().DosageMg)
            .Bind("Study.outcome", ctx => ctx.ParentAs<WorkloadStudy>().Outcome)
            .Bind("Study.citedBy", ctx => ctx.ParentAs<WorkloadStudy>().CitedBy)
            .Bind("Study.claims", ctx => ctx.ParentAs<WorkloadStudy>().Claims)
            .Bind("Claim.id", ctx => ctx.ParentAs<WorkloadClaim>().Id)
            .Bind("Claim.statement", ctx => ctx.ParentAs<WorkloadClaim>().Statement)
            .Bind("Claim.stance", ctx => ctx.ParentAs<WorkloadClaim>().Stance)
            .Bind("Claim.confidence", ctx => ctx.ParentAs<WorkloadClaim>().Confidence)
            .Bind("Claim.topic", ctx => ctx.ParentAs<WorkloadClaim>().Topic)
            .Bind("Claim.articles", ctx => ctx.ParentAs<WorkloadClaim>().Articles)
            .Bind("Claim.studies", ctx => ctx.ParentAs<WorkloadClaim>().Studies)
            .Build();
    }
}
