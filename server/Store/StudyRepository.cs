using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store;

/// <summary>Reads studies and their cross-references, batched by study id.</summary>
public sealed class StudyRepository : RepositoryBase
{
    internal StudyRepository(NmnDatabase database)
        : base(database)
    {
    }

    public Task<IReadOnlyDictionary<long, StudyRecord>> GetByIdsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        GetByIdsAsync($"SELECT {Rows.StudyColumns} FROM studies s WHERE s.id IN ({{ids}})", ids, r => Rows.Study(r), s => s.Id, cancellationToken);

    public async Task<StudyRecord?> GetByIdAsync(long id, CancellationToken cancellationToken) =>
        (await GetByIdsAsync([id], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(id);

    public async Task<StudyRecord?> GetBySlugAsync(string slug, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Rows.StudyColumns} FROM studies s WHERE s.slug = @slug",
            c => c.Parameters.AddWithValue("@slug", slug), r => Rows.Study(r), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>Case-insensitive DOI lookup; a leading <c>doi:</c> or <c>https://doi.org/</c> is ignored.</summary>
    public async Task<StudyRecord?> GetByDoiAsync(string doi, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Rows.StudyColumns} FROM studies s WHERE s.doi = @doi",
            c => c.Parameters.AddWithValue("@doi", Import.DoiText.Normalize(doi)), r => Rows.Study(r), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>The first stored study with this PMID (digits only).</summary>
    public async Task<StudyRecord?> GetByPmidAsync(string pmid, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Rows.StudyColumns} FROM studies s WHERE s.pmid = @pmid ORDER BY s.id LIMIT 1",
            c => c.Parameters.AddWithValue("@pmid", pmid), r => Rows.Study(r), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public Task<Page<StudyRecord>> ListAsync(StudyFilter? filter, IReadOnlyList<StudyOrder>? orderBy, PageRequest page, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        string where = FilterSql.Study(filter, parameters);
        return PageAsync(Rows.StudyColumns, $"FROM studies s WHERE {where}", FilterSql.StudyOrderBy(orderBy), parameters, page, r => Rows.Study(r), cancellationToken);
    }

    /// <summary>The articles citing one study, in publication order (<c>Study.citedBy</c>).</summary>
    public Task<Page<ArticleRecord>> GetCitedByAsync(long studyId, PageRequest page, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        string id = parameters.Add(studyId);
        return PageAsync(Rows.ArticleColumns,
            $"FROM articles a WHERE EXISTS (SELECT 1 FROM citations ci WHERE ci.article_id = a.id AND ci.study_id = {id})",
            "a.published_on IS NULL, a.published_on, a.id", parameters, page, r => Rows.Article(r), cancellationToken);
    }

    /// <summary>The articles citing each study, in publication order (for batching <c>citedBy</c> without paging in SQL).</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<ArticleRecord>>> GetCitingArticlesByStudyIdsAsync(IReadOnlyList<long> studyIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $$"""
            SELECT f.study_id, {{Rows.ArticleColumns}}
            FROM (SELECT DISTINCT ci.study_id, ci.article_id FROM citations ci WHERE ci.study_id IN ({ids})) f
            JOIN articles a ON a.id = f.article_id
            ORDER BY f.study_id, a.published_on IS NULL, a.published_on, a.id
            """,
            studyIds, 0, r => Rows.Article(r, 1), cancellationToken);

    /// <summary>Citations of each study, by article and text order.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<CitationRecord>>> GetCitationsByStudyIdsAsync(IReadOnlyList<long> studyIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT {Rows.CitationColumns} FROM citations ci WHERE ci.study_id IN ({{ids}}) ORDER BY ci.study_id, ci.article_id, ci.start, ci.id",
            studyIds, 2, r => Rows.Citation(r), cancellationToken);

    /// <summary>Evidence links of each study, by claim.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<EvidenceRecord>>> GetEvidenceByStudyIdsAsync(IReadOnlyList<long> studyIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT {Rows.EvidenceColumns} FROM evidence e WHERE e.study_id IN ({{ids}}) ORDER BY e.study_id, e.claim_id, e.id",
            studyIds, 2, r => Rows.Evidence(r), cancellationToken);

    /// <summary>The distinct claims each study bears on as evidence.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<ClaimRecord>>> GetClaimsByStudyIdsAsync(IReadOnlyList<long> studyIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $$"""
            SELECT f.study_id, {{Rows.ClaimColumns}}
            FROM (SELECT DISTINCT e.study_id, e.claim_id FROM evidence e WHERE e.study_id IN ({ids})) f
            JOIN claims c ON c.id = f.claim_id
            ORDER BY f.study_id, c.id
            """,
            studyIds, 0, r => Rows.Claim(r, 1), cancellationToken);

    public Task<IReadOnlyDictionary<long, IReadOnlyList<TopicRecord>>> GetTopicsByStudyIdsAsync(IReadOnlyList<long> studyIds, CancellationToken cancellationToken) =>
        GroupByIdsAsync(
            $"SELECT st.study_id, {Rows.TopicColumns} FROM study_topics st JOIN topics t ON t.id = st.topic_id WHERE st.study_id IN ({{ids}}) ORDER BY st.study_id, t.id",
            studyIds, 0, r => Rows.Topic(r, 1), cancellationToken);
}
