using NmnGraph.GraphQL.DataLoaders;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using NmnGraph.Server.Api.Loading;
using NmnGraph.Server.Api.Paging;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Api;

public sealed partial class NmnSchema
{
    private void BindArticle(SchemaBuilder builder)
    {
        builder.BindReader<ArticleRecord>("Article.id", record => GlobalId.Encode(EntityKind.Article, record.Id));
        builder.BindAsync("Article.blocks", async ctx =>
        {
            IReadOnlyList<BlockRecord> blocks = await Many(ctx, l => l.BlocksByArticle, ctx.ParentAs<ArticleRecord>().Id).ConfigureAwait(false);
            return ctx.ArgumentOrDefault<BlockKind?>("kind", null) is { } kind ? [.. blocks.Where(b => b.Kind == kind)] : blocks;
        });
        builder.BindAsync("Article.mentions", ctx => Many(ctx, l => l.MentionsByArticle, ctx.ParentAs<ArticleRecord>().Id));
        builder.BindAsync("Article.claims", ctx => Paged(ctx, ctx.ParentAs<ArticleRecord>().Id, _database.Articles.GetClaimPagesAsync));
        builder.BindAsync("Article.citations", ctx => Many(ctx, l => l.CitationsByArticle, ctx.ParentAs<ArticleRecord>().Id));
        builder.BindAsync("Article.studies", ctx => Many(ctx, l => l.StudiesByArticle, ctx.ParentAs<ArticleRecord>().Id));
        builder.BindAsync("Article.corrections", ctx => Many(ctx, l => l.CorrectionsByArticle, ctx.ParentAs<ArticleRecord>().Id));
        builder.BindAsync("Article.topics", ctx => Many(ctx, l => l.TopicsByArticle, ctx.ParentAs<ArticleRecord>().Id));

        builder.BindAsync("Citation.article", ctx => One(ctx, l => l.ArticleById, ctx.ParentAs<CitationRecord>().ArticleId));
        builder.BindAsync("Citation.study", ctx => One(ctx, l => l.StudyById, ctx.ParentAs<CitationRecord>().StudyId));
        builder.BindAsync("Correction.article", ctx => One(ctx, l => l.ArticleById, ctx.ParentAs<CorrectionRecord>().ArticleId));
    }

    private void BindStudy(SchemaBuilder builder)
    {
        builder.BindReader<StudyRecord>("Study.id", record => GlobalId.Encode(EntityKind.Study, record.Id));
        builder.BindAsync("Study.citedBy", ctx => Paged(ctx, ctx.ParentAs<StudyRecord>().Id, _database.Studies.GetCitedByPagesAsync));
        builder.BindAsync("Study.claims", ctx => Paged(ctx, ctx.ParentAs<StudyRecord>().Id, _database.Studies.GetClaimPagesAsync));
        builder.BindAsync("Study.topics", ctx => Many(ctx, l => l.TopicsByStudy, ctx.ParentAs<StudyRecord>().Id));
    }

    private void BindClaim(SchemaBuilder builder)
    {
        builder.BindReader<ClaimRecord>("Claim.id", record => GlobalId.Encode(EntityKind.Claim, record.Id));
        builder.BindAsync("Claim.mentions", ctx => Many(ctx, l => l.MentionsByClaim, ctx.ParentAs<ClaimRecord>().Id));
        builder.BindAsync("Claim.evidence", ctx => Many(ctx, l => l.EvidenceByClaim, ctx.ParentAs<ClaimRecord>().Id));
        builder.BindAsync("Claim.evidenceVerification", async ctx =>
        {
            ClaimRecord claim = ctx.ParentAs<ClaimRecord>();
            return EvidenceRules.IsStudyEvidence(claim.EvidenceLevel)
                ? EvidenceRules.LevelVerification(claim.EvidenceLevel, await Many(ctx, l => l.EvidenceByClaim, claim.Id).ConfigureAwait(false))
                : null;
        });
        builder.BindAsync("Claim.topics", ctx => Many(ctx, l => l.TopicsByClaim, ctx.ParentAs<ClaimRecord>().Id));
        builder.BindAsync("Claim.articles", ctx => Paged(ctx, ctx.ParentAs<ClaimRecord>().Id, _database.Claims.GetArticlePagesAsync));
        builder.BindAsync("Claim.studies", ctx => Many(ctx, l => l.StudiesByClaim, ctx.ParentAs<ClaimRecord>().Id));

        builder.BindAsync("ClaimMention.claim", ctx => One(ctx, l => l.ClaimById, ctx.ParentAs<ClaimMentionRecord>().ClaimId));
        builder.BindAsync("ClaimMention.article", ctx => One(ctx, l => l.ArticleById, ctx.ParentAs<ClaimMentionRecord>().ArticleId));
        builder.BindAsync("Evidence.claim", ctx => One(ctx, l => l.ClaimById, ctx.ParentAs<EvidenceRecord>().ClaimId));
        builder.BindAsync("Evidence.study", ctx => One(ctx, l => l.StudyById, ctx.ParentAs<EvidenceRecord>().StudyId));
    }

    private void BindTopic(SchemaBuilder builder)
    {
        builder.BindReader<TopicRecord>("Topic.id", record => GlobalId.Encode(EntityKind.Topic, record.Id));
        builder.BindAsync("Topic.parent", async ctx => ctx.ParentAs<TopicRecord>().ParentId is { } parent
            ? await Loaders(ctx).TopicById.LoadAsync(parent).ConfigureAwait(false)
            : null);
        builder.BindAsync("Topic.children", ctx => Many(ctx, l => l.ChildrenByTopic, ctx.ParentAs<TopicRecord>().Id));
        builder.BindAsync("Topic.claims", ctx => Paged(ctx, ctx.ParentAs<TopicRecord>().Id, _database.Topics.GetClaimPagesAsync));
        builder.BindAsync("Topic.studies", ctx => Paged(ctx, ctx.ParentAs<TopicRecord>().Id, _database.Topics.GetStudyPagesAsync));
        builder.BindAsync("Topic.articles", ctx => Paged(ctx, ctx.ParentAs<TopicRecord>().Id, _database.Topics.GetArticlePagesAsync));
    }

    private async Task<IReadOnlyList<T>> Many<T>(IResolverContext context, Func<NmnLoaders, GroupDataLoader<long, T>> loader, long id) =>
        await loader(Loaders(context)).LoadAsync(id).ConfigureAwait(false);

    /// <summary>A nested connection of <paramref name="parentId"/>, batched with the siblings that ask for the same window.</summary>
    private async Task<Connection<T>> Paged<T>(
        IResolverContext context,
        long parentId,
        Func<IReadOnlyList<long>, PageRequest, CancellationToken, Task<IReadOnlyDictionary<long, Page<T>>>> load)
    {
        PageRequest request = PagingArguments.Read(context);
        DataLoader<long, Page<T>> loader = Loaders(context).Pages(context.ParentType.Name + "." + context.Field.Name, request, load);
        Page<T>? page = await StoreCallAsync(() => loader.LoadAsync(parentId)).ConfigureAwait(false);
        return new Connection<T>(page ?? Page<T>.Empty);
    }

    /// <summary>A required reference: the row is referenced by a foreign key, so it exists.</summary>
    private async Task<T> One<T>(IResolverContext context, Func<NmnLoaders, DataLoader<long, T>> loader, long id)
        where T : class =>
        await loader(Loaders(context)).LoadAsync(id).ConfigureAwait(false)
            ?? throw ApiErrors.NotFound($"The referenced {typeof(T).Name.Replace("Record", string.Empty, StringComparison.Ordinal)} {id} no longer exists.");
}
