using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Tests.Store;

/// <summary>The listing orders the API uses most are served by indexes (the plans, not timings, are checked).</summary>
public sealed class IndexUseTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Default_article_order_reads_the_newest_index()
    {
        (string path, StoreBackend backend) = await SeededPathAsync();
        string plan = Plan(path, $"SELECT a.id FROM articles a WHERE 1 ORDER BY {FilterSql.ArticleOrderBy(null, backend).OrderBy()} LIMIT 20");
        Assert.Contains("ix_articles_by_date", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task A_page_after_a_cursor_is_an_index_range_search_not_a_scan(bool byTitle, bool backwards)
    {
        (string path, StoreBackend backend) = await SeededPathAsync();
        KeysetOrder order = FilterSql.ArticleOrderBy(byTitle ? [new ArticleOrder(ArticleOrderField.Title, SortDirection.Ascending)] : null, backend);
        var parameters = new SqlParameters(backend);
        string condition = order.Beyond(new SortPosition(order.Tag, [byTitle ? "m" : "2023-06-01", 1L]), !backwards, parameters);
        string sql = $"SELECT a.id FROM articles a WHERE 1 AND {condition} ORDER BY {order.OrderBy(backwards)} LIMIT 21"
            .Replace("@p0", byTitle ? "'m'" : "'2023-06-01'", StringComparison.Ordinal).Replace("@p1", "1", StringComparison.Ordinal);
        string plan = Plan(path, sql);
        Assert.Contains("SEARCH a USING", plan, StringComparison.Ordinal);
        Assert.Contains(byTitle ? "ix_articles_title" : "ix_articles_by_date", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_by_evidence_level_read_the_rank_indexes()
    {
        (string path, StoreBackend backend) = await SeededPathAsync();
        string order = FilterSql.ClaimOrderBy([new ClaimOrder(ClaimOrderField.EvidenceLevel, SortDirection.Ascending)], backend).OrderBy();
        string all = Plan(path, $"SELECT c.id FROM claims c WHERE 1 ORDER BY {order} LIMIT 20");
        Assert.Contains("ix_claims_rank", all, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", all, StringComparison.Ordinal);
        string ofKind = Plan(path, $"SELECT c.id FROM claims c WHERE (c.kind = 'STUDY_FINDING') ORDER BY {order} LIMIT 20");
        Assert.Contains("ix_claims_kind_rank", ofKind, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", ofKind, StringComparison.Ordinal);
    }

    private async Task<(string Path, StoreBackend Backend)> SeededPathAsync()
    {
        // The backend only writes SQL fragments here; the plan is read through a raw connection.
        NmnDatabase database = await Db.SeededAsync(_directory);
        await database.DisposeAsync();
        return (_directory.File("seeded.db"), database.Backend);
    }

    private static string Plan(string path, string sql) =>
        string.Join("\n", Db.Query(path, "EXPLAIN QUERY PLAN " + sql).Select(row => row[^1]));
}
