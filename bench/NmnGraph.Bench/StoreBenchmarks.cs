using BenchmarkDotNet.Attributes;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Bench;

/// <summary>
/// The store on a generated corpus (100,000 articles by default; <c>NMNGRAPH_BENCH_ARTICLES</c> changes it).
/// The database is generated once into the temp folder and reused by later runs.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private NmnDatabase _database = null!;
    private long[] _claimIds = [];
    private long _articleId;

    [GlobalSetup]
    public void Setup()
    {
        _database = StoreScale.OpenGeneratedAsync(StoreScale.ArticlesFromEnvironment(), Console.Error).GetAwaiter().GetResult();
        _articleId = _database.GetStatsAsync(CancellationToken.None).GetAwaiter().GetResult().Articles / 2;
        _claimIds = _database.Claims.ListAsync(null, null, new PageRequest(First: 50, After: 1000), CancellationToken.None)
            .GetAwaiter().GetResult().Items.Select(c => c.Id).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark]
    public async Task<ArticleRecord?> ArticleById() => await _database.Articles.GetByIdAsync(_articleId, CancellationToken.None);

    [Benchmark]
    public async Task<int> PageOfFiftyClaimsWithMentionsAndEvidence()
    {
        Page<ClaimRecord> page = await _database.Claims.ListAsync(null, null, new PageRequest(First: 50, After: 5000), CancellationToken.None);
        long[] ids = page.Items.Select(c => c.Id).ToArray();
        var mentions = await _database.Claims.GetMentionsByClaimIdsAsync(ids, CancellationToken.None);
        var evidence = await _database.Claims.GetEvidenceByClaimIdsAsync(ids, CancellationToken.None);
        return mentions.Count + evidence.Count;
    }

    [Benchmark]
    public async Task<int> FiftyClaimsByIds() => (await _database.Claims.GetByIdsAsync(_claimIds, CancellationToken.None)).Count;

    [Benchmark]
    public async Task<int> Search() => (await _database.Search.SearchAsync("osteoblast senescence", new PageRequest(First: 20), CancellationToken.None)).Items.Count;
}
