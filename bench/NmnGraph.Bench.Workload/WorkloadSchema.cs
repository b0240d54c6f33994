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
            .BindReader<WorkloadArticle>("Article.id", p => p.Id)
            .BindReader<WorkloadArticle>("Article.title", p => p.Title)
            .BindReader<WorkloadArticle>("Article.doi", p => p.Doi)
            .BindReader<WorkloadArticle>("Article.url", p => p.Url)
            .BindReader<WorkloadArticle>("Article.publishedAt", p => p.PublishedAt)
            .BindReader<WorkloadArticle>("Article.journal", p => p.Journal)
            .BindReader<WorkloadArticle>("Article.authors", p => p.Authors)
            .BindReader<WorkloadArticle>("Article.abstract", p => p.Abstract)
            .BindReader<WorkloadArticle>("Article.wordCount", p => p.WordCount)
            .BindReader<WorkloadArticle>("Article.score", p => p.Score)
            .BindReader<WorkloadArticle>("Article.claims", p => p.Claims)
            .BindReader<WorkloadArticle>("Article.studies", p => p.Studies)
            .BindReader<WorkloadStudy>("Study.id", p => p.Id)
            .BindReader<WorkloadStudy>("Study.title", p => p.Title)
            .BindReader<WorkloadStudy>("Study.doi", p => p.Doi)
            .BindReader<WorkloadStudy>("Study.year", p => p.Year)
            .BindReader<WorkloadStudy>("Study.design", p => p.Design)
            .BindReader<WorkloadStudy>("Study.species", p => p.Species)
            .BindReader<WorkloadStudy>("Study.sampleSize", p => p.SampleSize)
            .BindReader<WorkloadStudy>("Study.durationWeeks", p => p.DurationWeeks)
            .BindReader<WorkloadStudy>("Study.dosageMg", p => p.DosageMg)
            .BindReader<WorkloadStudy>("Study.outcome", p => p.Outcome)
            .BindReader<WorkloadStudy>("Study.citedBy", p => p.CitedBy)
            .BindReader<WorkloadStudy>("Study.claims", p => p.Claims)
            .BindReader<WorkloadClaim>("Claim.id", p => p.Id)
            .BindReader<WorkloadClaim>("Claim.statement", p => p.Statement)
            .BindReader<WorkloadClaim>("Claim.stance", p => p.Stance)
            .BindReader<WorkloadClaim>("Claim.confidence", p => p.Confidence)
            .BindReader<WorkloadClaim>("Claim.topic", p => p.Topic)
            .BindReader<WorkloadClaim>("Claim.articles", p => p.Articles)
            .BindReader<WorkloadClaim>("Claim.studies", p => p.Studies)
            .Build();
    }
}
