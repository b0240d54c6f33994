using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store;

/// <summary>Reads claims and their cross-references, batched by claim id.</summary>
public sealed class ClaimRepository : RepositoryBase
{
    internal ClaimRepository(NmnDatabase database)
        : base(database)
    {
    }

    public Task<IReadOnlyDictionary<long, ClaimRecord>> GetByIdsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        GetByIdsAsync($"SELECT {Rows.ClaimColumns} FROM claims c WHERE c.id IN ({{ids}})", ids, r => Rows.Claim(r), c => c.Id, cancellationToken);

    public async Task<ClaimRecord?> GetByIdAsync(long id, CancellationToken cancellationToken) =>
        (await GetByIdsAsync([id], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(id);

    public async Task<ClaimRecord?> GetBySlugAsync(string slug, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Rows.ClaimColumns} FROM claims c WHERE c.slug = @slug",
            c => c.AddParameter("@slug", slug), r => Rows.Claim(r), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public Task<Page<ClaimRecord>> ListAsync(ClaimFilter? filter, IReadOnlyList<ClaimOrder>? orderBy, PageRequest page, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters(Database.Backend);
        string where = FilterSql.Claim(filter, parameters);
        return PageAsync(new KeysetSource(Rows.ClaimColumns, $"FROM claims c WHERE {where}", FilterSql.ClaimOrderBy(orderBy, Database.Backend), parameters),
            page, Rows.Claim, cancellationToken);
    }

    /// <summary>Mentions of each claim, by article and text order.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<ClaimMentionRecord>>> GetMentionsByClaimIdsAsync(IReadOnlyList<long> claimIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT {Rows.MentionColumns} FROM mentions m WHERE m.claim_id IN ({{ids}}) ORDER BY m.claim_id, m.article_id, m.start, m.id",
            claimIds, 1, r => Rows.Mention(r), cancellationToken);

    /// <summary>Evidence of each claim, strongest level first.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<EvidenceRecord>>> GetEvidenceByClaimIdsAsync(IReadOnlyList<long> claimIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT {Rows.EvidenceColumns} FROM evidence e WHERE e.claim_id IN ({{ids}}) ORDER BY e.claim_id, {FilterSql.LevelRank("e.level")}, e.study_id, e.id",
            claimIds, 1, r => Rows.Evidence(r), cancellationToken);

    public Task<IReadOnlyDictionary<long, IReadOnlyList<TopicRecord>>> GetTopicsByClaimIdsAsync(IReadOnlyList<long> claimIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT ct.claim_id, {Rows.TopicColumns} FROM claim_topics ct JOIN topics t ON t.id = ct.topic_id WHERE ct.claim_id IN ({{ids}}) ORDER BY ct.claim_id, t.id",
            claimIds, 0, r => Rows.Topic(r, 1), cancellationToken);

    /// <summary>The same window of the distinct articles that make each claim, in publication order (<c>Claim.articles</c>).</summary>
    public Task<IReadOnlyDictionary<long, Page<ArticleRecord>>> GetArticlePagesAsync(IReadOnlyList<long> claimIds, PageRequest page, CancellationToken cancellationToken) =>
        GroupPageAsync(
            new KeysetSource(
                Rows.ArticleColumns,
                "FROM (SELECT DISTINCT m.claim_id, m.article_id FROM mentions m WHERE m.claim_id IN ({ids})) f JOIN articles a ON a.id = f.article_id WHERE TRUE",
                FilterSql.ArticlesByPublication,
                new SqlParameters(Database.Backend),
                "f.claim_id"),
            claimIds, page, Rows.Article, cancellationToken);

    /// <summary>The distinct studies linked as evidence for each claim.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<StudyRecord>>> GetStudiesByClaimIdsAsync(IReadOnlyList<long> claimIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $$"""
            SELECT f.claim_id, {{Rows.StudyColumns}}
            FROM (SELECT DISTINCT e.claim_id, e.study_id FROM evidence e WHERE e.claim_id IN ({ids})) f
            JOIN studies s ON s.id = f.study_id
            ORDER BY f.claim_id, s.id
            """,
            claimIds, 0, r => Rows.Study(r, 1), cancellationToken);
}
