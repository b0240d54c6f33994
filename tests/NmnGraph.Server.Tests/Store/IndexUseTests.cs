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
        string plan = Plan(path, $"SELECT a.id FROM articles a WHERE 1 ORDER BY {FilterSql.ArticleOrderBy(null, backend)} LIMIT 20");
        Assert.Contains("ix_articles_newest", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_by_evidence_level_read_the_rank_indexes()
    {
        (string path, StoreBackend backend) = await SeededPathAsync();
        string order = FilterSql.ClaimOrderBy([new ClaimOrder(ClaimOrderField.EvidenceLevel, SortDirection.Ascending)], backend);
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
