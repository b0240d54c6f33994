using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store;

/// <summary>Reads articles and everything that hangs off them, batched by article id for DataLoaders.</summary>
public sealed class ArticleRepository : RepositoryBase
{
    internal ArticleRepository(NmnDatabase database)
        : base(database)
    {
    }

    public Task<IReadOnlyDictionary<long, ArticleRecord>> GetByIdsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        GetByIdsAsync($"SELECT {Rows.ArticleColumns} FROM articles a WHERE a.id IN ({{ids}})", ids, r => Rows.Article(r), a => a.Id, cancellationToken);

    public async Task<ArticleRecord?> GetByIdAsync(long id, CancellationToken cancellationToken) =>
        (await GetByIdsAsync([id], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(id);

    public async Task<ArticleRecord?> GetBySlugAsync(string slug, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Rows.ArticleColumns} FROM articles a WHERE a.slug = @slug",
            c => c.Parameters.AddWithValue("@slug", slug), r => Rows.Article(r), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>Articles matching <paramref name="filter"/>, newest first unless <paramref name="orderBy"/> says otherwise.</summary>
    /// <summary>The article stored with exactly this text (<see cref="CurationRepository.ContentHash"/>).</summary>
    public async Task<ArticleRecord?> GetByContentHashAsync(string contentHash, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Rows.ArticleColumns} FROM articles a WHERE a.content_hash = @hash",
            c => c.Parameters.AddWithValue("@hash", contentHash), r => Rows.Article(r), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public Task<Page<ArticleRecord>> ListAsync(ArticleFilter? filter, IReadOnlyList<ArticleOrder>? orderBy, PageRequest page, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        string where = FilterSql.Article(filter, parameters);
        return PageAsync(Rows.ArticleColumns, $"FROM articles a WHERE {where}", FilterSql.ArticleOrderBy(orderBy), parameters, page, r => Rows.Article(r), cancellationToken);
    }

    /// <summary>Blocks in text order, optionally only those of one kind.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<BlockRecord>>> GetBlocksByArticleIdsAsync(IReadOnlyList<long> articleIds, BlockKind? kind, CancellationToken cancellationToken)
    {
        string kindCondition = kind is { } k ? $" AND b.kind = '{EnumText.ToText(k)}'" : string.Empty;
        return GroupByIdsAsync(
            $"SELECT b.article_id, b.idx, b.kind, b.text, b.start, b.\"end\" FROM blocks b WHERE b.article_id IN ({{ids}}){kindCondition} ORDER BY b.article_id, b.idx",
            articleIds, 0, r => Rows.Block(r), cancellationToken);
    }

    /// <summary>Mentions in text order.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<ClaimMentionRecord>>> GetMentionsByArticleIdsAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT {Rows.MentionColumns} FROM mentions m WHERE m.article_id IN ({{ids}}) ORDER BY m.article_id, m.start, m.\"end\", m.id",
            articleIds, 2, r => Rows.Mention(r), cancellationToken);

    /// <summary>The claims each article makes, in order of first mention.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<ClaimRecord>>> GetClaimsByArticleIdsAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $$"""
            SELECT f.article_id, {{Rows.ClaimColumns}}
            FROM (SELECT m.article_id, m.claim_id, min(m.start) AS first_start FROM mentions m
                  WHERE m.article_id IN ({ids}) GROUP BY m.article_id, m.claim_id) f
            JOIN claims c ON c.id = f.claim_id
            ORDER BY f.article_id, f.first_start, c.id
            """,
            articleIds, 0, r => Rows.Claim(r, 1), cancellationToken);

    /// <summary>Citations in text order.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<CitationRecord>>> GetCitationsByArticleIdsAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT {Rows.CitationColumns} FROM citations ci WHERE ci.article_id IN ({{ids}}) ORDER BY ci.article_id, ci.start, ci.id",
            articleIds, 1, r => Rows.Citation(r), cancellationToken);

    /// <summary>The distinct studies each article cites, in order of first citation.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<StudyRecord>>> GetStudiesByArticleIdsAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $$"""
            SELECT f.article_id, {{Rows.StudyColumns}}
            FROM (SELECT ci.article_id, ci.study_id, min(ci.start) AS first_start FROM citations ci
                  WHERE ci.article_id IN ({ids}) GROUP BY ci.article_id, ci.study_id) f
            JOIN studies s ON s.id = f.study_id
            ORDER BY f.article_id, f.first_start, s.id
            """,
            articleIds, 0, r => Rows.Study(r, 1), cancellationToken);

    /// <summary>Suspected transcription errors in text order.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<CorrectionRecord>>> GetCorrectionsByArticleIdsAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT {Rows.CorrectionColumns} FROM corrections co WHERE co.article_id IN ({{ids}}) ORDER BY co.article_id, co.start, co.id",
            articleIds, 2, r => Rows.Correction(r), cancellationToken);

    /// <summary>The topics of the claims each article makes.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<TopicRecord>>> GetTopicsByArticleIdsAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $$"""
            SELECT DISTINCT m.article_id, {{Rows.TopicColumns}}
            FROM mentions m JOIN claim_topics ct ON ct.claim_id = m.claim_id JOIN topics t ON t.id = ct.topic_id
            WHERE m.article_id IN ({ids})
            ORDER BY m.article_id, t.id
            """,
            articleIds, 0, r => Rows.Topic(r, 1), cancellationToken);
}
