using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using NmnGraph.Bench.Workload;

namespace NmnGraph.Bench.Peers.GraphQLDotNet;

/// <summary>
/// The workload schema built schema-first with GraphQL.NET, every field bound to a typed delegate (no reflection per
/// field) and every object type given an IsTypeOf check so that <c>Node</c> resolves without a type map lookup.
/// </summary>
public static class WorkloadGraphQLDotNetSchema
{
    public static ISchema Build(string sdl, WorkloadData data) => Schema.For(sdl, builder =>
    {
        TypeConfig query = builder.Types.For("Query");
        Bind(query, "articles", context => WorkloadData.First(data.Articles, context.GetArgument<int?>("first")));
        Bind(query, "studies", context => WorkloadData.First(data.Studies, context.GetArgument<int?>("first")));
        Bind(query, "claims", context => WorkloadData.First(data.Claims, context.GetArgument<int?>("first")));
        Bind(query, "node", context => data.Nodes.GetValueOrDefault(context.GetArgument<string>("id")));
        Bind(query, "article", context => data.Nodes.GetValueOrDefault(context.GetArgument<string>("id")) as WorkloadArticle);

        TypeConfig article = builder.Types.For("Article");
        article.IsTypeOf<WorkloadArticle>();
        Bind<WorkloadArticle>(article, "id", a => a.Id);
        Bind<WorkloadArticle>(article, "title", a => a.Title);
        Bind<WorkloadArticle>(article, "doi", a => a.Doi);
        Bind<WorkloadArticle>(article, "url", a => a.Url);
        Bind<WorkloadArticle>(article, "publishedAt", a => a.PublishedAt);
        Bind<WorkloadArticle>(article, "journal", a => a.Journal);
        Bind<WorkloadArticle>(article, "authors", a => a.Authors);
        Bind<WorkloadArticle>(article, "abstract", a => a.Abstract);
        Bind<WorkloadArticle>(article, "wordCount", a => a.WordCount);
        Bind<WorkloadArticle>(article, "score", a => a.Score);
        Bind<WorkloadArticle>(article, "claims", a => a.Claims);
        Bind<WorkloadArticle>(article, "studies", a => a.Studies);

        TypeConfig study = builder.Types.For("Study");
        study.IsTypeOf<WorkloadStudy>();
        Bind<WorkloadStudy>(study, "id", s => s.Id);
        Bind<WorkloadStudy>(study, "title", s => s.Title);
        Bind<WorkloadStudy>(study, "doi", s => s.Doi);
        Bind<WorkloadStudy>(study, "year", s => s.Year);
        Bind<WorkloadStudy>(study, "design", s => s.Design);
        Bind<WorkloadStudy>(study, "species", s => s.Species);
        Bind<WorkloadStudy>(study, "sampleSize", s => s.SampleSize);
        Bind<WorkloadStudy>(study, "durationWeeks", s => s.DurationWeeks);
        Bind<WorkloadStudy>(study, "dosageMg", s => s.DosageMg);
        Bind<WorkloadStudy>(study, "outcome", s => s.Outcome);
        Bind<WorkloadStudy>(study, "citedBy", s => s.CitedBy);
        Bind<WorkloadStudy>(study, "claims", s => s.Claims);

        TypeConfig claim = builder.Types.For("Claim");
        claim.IsTypeOf<WorkloadClaim>();
        Bind<WorkloadClaim>(claim, "id", c => c.Id);
        Bind<WorkloadClaim>(claim, "statement", c => c.Statement);
        Bind<WorkloadClaim>(claim, "stance", c => c.Stance);
        Bind<WorkloadClaim>(claim, "confidence", c => c.Confidence);
        Bind<WorkloadClaim>(claim, "topic", c => c.Topic);
        Bind<WorkloadClaim>(claim, "articles", c => c.Articles);
        Bind<WorkloadClaim>(claim, "studies", c => c.Studies);
    });

    private static void Bind(TypeConfig type, string field, Func<IResolveFieldContext, object?> resolve) =>
        type.FieldFor(field).Resolver = new FuncFieldResolver<object>(resolve);

    private static void Bind<TSource>(TypeConfig type, string field, Func<TSource, object?> read) =>
        type.FieldFor(field).Resolver = new FuncFieldResolver<TSource, object>(context => read(context.Source));
}
