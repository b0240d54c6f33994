using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store;

/// <summary>Reads the topic taxonomy and what each topic gathers, batched by topic id.</summary>
public sealed class TopicRepository : RepositoryBase
{
    private static readonly KeysetOrder s_claimsById = new([new("ct.claim_id", false)]);
    private static readonly KeysetOrder s_studiesById = new([new("st.study_id", false)]);

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

    /// <summary>The same window of each topic's claims, by id (<c>Topic.claims</c>).</summary>
    public Task<IReadOnlyDictionary<long, Page<ClaimRecord>>> GetClaimPagesAsync(IReadOnlyList<long> topicIds, PageRequest page, CancellationToken cancellationToken) =>
        GroupPageAsync(
            new KeysetSource(
                Rows.ClaimColumns,
                "FROM claim_topics ct JOIN claims c ON c.id = ct.claim_id WHERE ct.topic_id IN ({ids})",
                s_claimsById,
                new SqlParameters(Database.Backend),
                "ct.topic_id"),
            topicIds, page, Rows.Claim, cancellationToken);

    /// <summary>The same window of each topic's studies, by id (<c>Topic.studies</c>).</summary>
    public Task<IReadOnlyDictionary<long, Page<StudyRecord>>> GetStudyPagesAsync(IReadOnlyList<long> topicIds, PageRequest page, CancellationToken cancellationToken) =>
        GroupPageAsync(
            new KeysetSource(
                Rows.StudyColumns,
                "FROM study_topics st JOIN studies s ON s.id = st.study_id WHERE st.topic_id IN ({ids})",
                s_studiesById,
                new SqlParameters(Database.Backend),
                "st.topic_id"),
            topicIds, page, Rows.Study, cancellationToken);

    /// <summary>The same window of the articles that mention a claim of each topic, in publication order (<c>Topic.articles</c>).</summary>
    public Task<IReadOnlyDictionary<long, Page<ArticleRecord>>> GetArticlePagesAsync(IReadOnlyList<long> topicIds, PageRequest page, CancellationToken cancellationToken) =>
        GroupPageAsync(
            new KeysetSource(
                Rows.ArticleColumns,
                """
                FROM (SELECT DISTINCT ct.topic_id, m.article_id FROM claim_topics ct JOIN mentions m ON m.claim_id = ct.claim_id
                      WHERE ct.topic_id IN ({ids})) f
                JOIN articles a ON a.id = f.article_id WHERE TRUE
                """,
                FilterSql.ArticlesByPublication,
                new SqlParameters(Database.Backend),
                "f.topic_id"),
            topicIds, page, Rows.Article, cancellationToken);
}
