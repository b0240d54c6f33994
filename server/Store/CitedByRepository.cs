using System.Globalization;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store;

/// <summary>
/// <c>Study.citedBy</c> for many studies at once: the same window of each study's citing articles (in
/// publication order) and their counts, in two statements whatever the number of studies.
/// </summary>
public sealed class CitedByRepository : RepositoryBase
{
    internal CitedByRepository(NmnDatabase database)
        : base(database)
    {
    }

    public static CitedByRepository For(NmnDatabase database) => new(database);

    /// <summary>Items <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/> of each study's citing articles.</summary>
    public async Task<IReadOnlyDictionary<long, Page<ArticleRecord>>> GetPagesAsync(IReadOnlyList<long> studyIds, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        IReadOnlyDictionary<long, IReadOnlyList<long>> counts = await GroupByIdsAsync(
            "SELECT ci.study_id, count(DISTINCT ci.article_id) FROM citations ci WHERE ci.study_id IN ({ids}) GROUP BY ci.study_id",
            studyIds, 0, r => r.GetInt64(1), cancellationToken).ConfigureAwait(false);
        IReadOnlyDictionary<long, IReadOnlyList<ArticleRecord>> windows = limit == 0
            ? studyIds.Distinct().ToDictionary(id => id, _ => (IReadOnlyList<ArticleRecord>)[])
            : await GroupByIdsAsync(
                string.Create(CultureInfo.InvariantCulture, $$"""
                    SELECT r.study_id, {{Rows.ArticleColumns}}
                    FROM (SELECT f.study_id, f.article_id,
                                 row_number() OVER (PARTITION BY f.study_id
                                     ORDER BY p.published_on IS NULL, p.published_on, p.id) - 1 AS position
                          FROM (SELECT DISTINCT ci.study_id, ci.article_id FROM citations ci WHERE ci.study_id IN ({ids})) f
                          JOIN articles p ON p.id = f.article_id) r
                    JOIN articles a ON a.id = r.article_id
                    WHERE r.position >= {{offset}} AND r.position < {{(long)offset + limit}}
                    ORDER BY r.study_id, r.position
                    """),
                studyIds, 0, r => Rows.Article(r, 1), cancellationToken).ConfigureAwait(false);
        var pages = new Dictionary<long, Page<ArticleRecord>>();
        foreach ((long studyId, IReadOnlyList<ArticleRecord> items) in windows)
        {
            int total = counts.TryGetValue(studyId, out IReadOnlyList<long>? count) && count.Count > 0 ? (int)count[0] : 0;
            int start = Math.Min(offset, total);
            pages[studyId] = new Page<ArticleRecord>(items, start, total, start + items.Count < total, start > 0);
        }

        return pages;
    }
}
