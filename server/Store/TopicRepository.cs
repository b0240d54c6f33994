using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>Reads the topic taxonomy and what each topic gathers, batched by topic id.</summary>
public sealed class TopicRepository : RepositoryBase
{
    internal TopicRepository(NmnDatabase database)
        : base(database)
    {
    }

    /// <summary>Every topic, roots first, then by id.</summary>
    public async Task<IReadOnlyList<TopicRecord>> GetAllAsync(CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {Rows.TopicColumns} FROM topics t ORDER BY t.parent_id IS NOT NULL, t.id", null, r => Rows.Topic(r), cancellationToken).ConfigureAwait(false);

    public Task<IReadOnlyDictionary<long, TopicRecord>> GetByIdsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        GetByIdsAsync($"SELECT {Rows.TopicColumns} FROM topics t WHERE t.id IN ({{ids}})", ids, r => Rows.Topic(r), t => t.Id, cancellationToken);

    public async Task<TopicRecord?> GetBySlugAsync(string slug, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Rows.TopicColumns} FROM topics t WHERE t.slug = @slug",
            c => c.AddParameter("@slug", slug), r => Rows.Topic(r), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public Task<IReadOnlyDictionary<long, IReadOnlyList<TopicRecord>>> GetChildrenByTopicIdsAsync(IReadOnlyList<long> topicIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT {Rows.TopicColumns} FROM topics t WHERE t.parent_id IN ({{ids}}) ORDER BY t.parent_id, t.id",
            topicIds, 3, r => Rows.Topic(r), cancellationToken);

    public Task<IReadOnlyDictionary<long, IReadOnlyList<ClaimRecord>>> GetClaimsByTopicIdsAsync(IReadOnlyList<long> topicIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT ct.topic_id, {Rows.ClaimColumns} FROM claim_topics ct JOIN claims c ON c.id = ct.claim_id WHERE ct.topic_id IN ({{ids}}) ORDER BY ct.topic_id, c.id",
            topicIds, 0, r => Rows.Claim(r, 1), cancellationToken);

    public Task<IReadOnlyDictionary<long, IReadOnlyList<StudyRecord>>> GetStudiesByTopicIdsAsync(IReadOnlyList<long> topicIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT st.topic_id, {Rows.StudyColumns} FROM study_topics st JOIN studies s ON s.id = st.study_id WHERE st.topic_id IN ({{ids}}) ORDER BY st.topic_id, s.id",
            topicIds, 0, r => Rows.Study(r, 1), cancellationToken);

    /// <summary>The articles that mention a claim of each topic, in publication order.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<ArticleRecord>>> GetArticlesByTopicIdsAsync(IReadOnlyList<long> topicIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $$"""
            SELECT f.topic_id, {{Rows.ArticleColumns}}
            FROM (SELECT DISTINCT ct.topic_id, m.article_id FROM claim_topics ct JOIN mentions m ON m.claim_id = ct.claim_id
                  WHERE ct.topic_id IN ({ids})) f
            JOIN articles a ON a.id = f.article_id
            ORDER BY f.topic_id, a.published_on IS NULL, a.published_on, a.id
            """,
            topicIds, 0, r => Rows.Article(r, 1), cancellationToken);
}
