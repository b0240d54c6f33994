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
        builder.Bind("Article.id", ctx => GlobalId.Encode(EntityKind.Article, ctx.ParentAs<ArticleRecord>().Id));
        builder.BindAsync("Article.blocks", async ctx =>
        {
            IReadOnlyList<BlockRecord> blocks = await Many(ctx, l => l.BlocksByArticle, ctx.ParentAs<ArticleRecord>().Id).ConfigureAwait(false);
            return ctx.ArgumentOrDefault<BlockKind?>("kind", null) is { } kind ? [.. blocks.Where(b => b.Kind == kind)] : blocks;
        });
        builder.BindAsync("Article.mentions", ctx => Many(ctx, l => l.MentionsByArticle, ctx.ParentAs<ArticleRecord>().Id));
        builder.BindAsync("Article.claims", ctx => Many(ctx, l => l.ClaimsByArticle, ctx.ParentAs<ArticleRecord>().Id));
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
        builder.Bind("Study.id", ctx => GlobalId.Encode(EntityKind.Study, ctx.ParentAs<StudyRecord>().Id));
        builder.BindAsync("Study.citedBy", async ctx =>
        {
            PageRequest request = PagingArguments.Read(ctx);
            int offset = request.After is { } after ? after + 1 : 0;
            Page<ArticleRecord>? page = await Loaders(ctx).CitedBy(offset, request.First ?? PagingArguments.DefaultPageSize)
                .LoadAsync(ctx.ParentAs<StudyRecord>().Id).ConfigureAwait(false);
            return new Connection<ArticleRecord>(page ?? new Page<ArticleRecord>([], 0, 0, false, false));
        });
        builder.BindAsync("Study.claims", ctx => Many(ctx, l => l.ClaimsByStudy, ctx.ParentAs<StudyRecord>().Id));
        builder.BindAsync("Study.topics", ctx => Many(ctx, l => l.TopicsByStudy, ctx.ParentAs<StudyRecord>().Id));
    }

    private void BindClaim(SchemaBuilder builder)
    {
        builder.Bind("Claim.id", ctx => GlobalId.Encode(EntityKind.Claim, ctx.ParentAs<ClaimRecord>().Id));
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
        builder.BindAsync("Claim.articles", ctx => Many(ctx, l => l.ArticlesByClaim, ctx.ParentAs<ClaimRecord>().Id));
        builder.BindAsync("Claim.studies", ctx => Many(ctx, l => l.StudiesByClaim, ctx.ParentAs<ClaimRecord>().Id));

        builder.BindAsync("ClaimMention.claim", ctx => One(ctx, l => l.ClaimById, ctx.ParentAs<ClaimMentionRecord>().ClaimId));
        builder.BindAsync("ClaimMention.article", ctx => One(ctx, l => l.ArticleById, ctx.ParentAs<ClaimMentionRecord>().ArticleId));
        builder.BindAsync("Evidence.claim", ctx => One(ctx, l => l.ClaimById, ctx.ParentAs<EvidenceRecord>().ClaimId));
        builder.BindAsync("Evidence.study", ctx => One(ctx, l => l.StudyById, ctx.ParentAs<EvidenceRecord>().StudyId));
    }

    private void BindTopic(SchemaBuilder builder)
    {
        builder.Bind("Topic.id", ctx => GlobalId.Encode(EntityKind.Topic, ctx.ParentAs<TopicRecord>().Id));
        builder.BindAsync("Topic.parent", async ctx => ctx.ParentAs<TopicRecord>().ParentId is { } parent
            ? await Loaders(ctx).TopicById.LoadAsync(parent).ConfigureAwait(false)
            : null);
        builder.BindAsync("Topic.children", ctx => Many(ctx, l => l.ChildrenByTopic, ctx.ParentAs<TopicRecord>().Id));
        builder.BindAsync("Topic.claims", ctx => Many(ctx, l => l.ClaimsByTopic, ctx.ParentAs<TopicRecord>().Id));
        builder.BindAsync("Topic.studies", ctx => Many(ctx, l => l.StudiesByTopic, ctx.ParentAs<TopicRecord>().Id));
        builder.BindAsync("Topic.articles", ctx => Many(ctx, l => l.ArticlesByTopic, ctx.ParentAs<TopicRecord>().Id));
    }

    private async Task<IReadOnlyList<T>> Many<T>(IResolverContext context, Func<NmnLoaders, GroupDataLoader<long, T>> loader, long id) =>
        await loader(Loaders(context)).LoadAsync(id).ConfigureAwait(false);

    /// <summary>A required reference: the row is referenced by a foreign key, so it exists.</summary>
    private async Task<T> One<T>(IResolverContext context, Func<NmnLoaders, DataLoader<long, T>> loader, long id)
        where T : class =>
        await loader(Loaders(context)).LoadAsync(id).ConfigureAwait(false)
            ?? throw ApiErrors.NotFound($"The referenced {typeof(T).Name.Replace("Record", string.Empty, StringComparison.Ordinal)} {id} no longer exists.");
}
