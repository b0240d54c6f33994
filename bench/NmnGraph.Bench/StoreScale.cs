using System.Diagnostics;
using System.Globalization;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Generate;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Bench;

/// <summary>
/// A quick measurement without BenchmarkDotNet: <c>dotnet run -c Release --project bench/NmnGraph.Bench -- --store-scale [N]</c>
/// generates N articles (default 100,000) and times lookups, a page of 50 cross-references and searches.
/// </summary>
public static class StoreScale
{
    public static int ArticlesFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable("NMNGRAPH_BENCH_ARTICLES"), CultureInfo.InvariantCulture, out int n) ? n : 100_000;

    /// <summary>
    /// Opens the generated database for <paramref name="articles"/> (at <paramref name="path"/>, else in the temp
    /// folder), generating it first when it does not exist and reporting how long that took.
    /// </summary>
    public static async Task<NmnDatabase> OpenGeneratedAsync(int articles, TextWriter log, string? path = null)
    {
        path = Path.GetFullPath(path ?? Path.Combine(Path.GetTempPath(), "nmngraph-bench", $"generated-{articles}.db"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            string partial = path + ".partial";
            foreach (string leftover in new[] { partial, partial + "-wal", partial + "-shm" })
            {
                File.Delete(leftover);
            }

            var stopwatch = Stopwatch.StartNew();
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            await using (NmnDatabase fresh = await NmnDatabase.OpenAsync(partial, new NmnDatabaseOptions(), CancellationToken.None))
            {
                await CorpusGenerator.GenerateAsync(fresh, articles, 1, null, CancellationToken.None);
            }

            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generate {articles} articles: {stopwatch.Elapsed.TotalSeconds:F1} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:F1} s CPU, {new FileInfo(partial).Length / 1048576.0:F0} MiB"));
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Move(partial, path);
            File.Delete(partial + "-wal");
            File.Delete(partial + "-shm");
        }

        return await NmnDatabase.OpenAsync(path, new NmnDatabaseOptions(), CancellationToken.None);
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        int articles = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out int n) ? n : 100_000;
        await using NmnDatabase database = await OpenGeneratedAsync(articles, output);
        CorpusStatsRecord stats = await database.GetStatsAsync(CancellationToken.None);
        await output.WriteLineAsync($"corpus: {stats.Articles} articles, {stats.Studies} studies, {stats.Claims} claims, {stats.Mentions} mentions");
        var random = new Random(42);
        string claimOrderTag = (await database.Claims.ListAsync(null, null, new PageRequest(First: 1), CancellationToken.None)).Positions[0].OrderTag;

        await TimeAsync(output, "article by id", 2000, async () =>
            await database.Articles.GetByIdAsync(random.Next(1, stats.Articles + 1), CancellationToken.None));
        await TimeAsync(output, "50 claims by ids (one batch)", 500, async () =>
        {
            long[] ids = Enumerable.Range(0, 50).Select(_ => (long)random.Next(1, stats.Claims + 1)).ToArray();
            return (await database.Claims.GetByIdsAsync(ids, CancellationToken.None)).Count;
        });
        await TimeAsync(output, "page of 50 claims + mentions + evidence", 200, async () =>
        {
            Page<ClaimRecord> page = await database.Claims.ListAsync(null, null, new PageRequest(First: 50, After: new SortPosition(claimOrderTag, [(long)random.Next(0, stats.Claims - 100)])), CancellationToken.None);
            long[] ids = page.Items.Select(c => c.Id).ToArray();
            var mentions = await database.Claims.GetMentionsByClaimIdsAsync(ids, CancellationToken.None);
            var evidence = await database.Claims.GetEvidenceByClaimIdsAsync(ids, CancellationToken.None);
            return mentions.Count + evidence.Count;
        });
        await TimeAsync(output, "filtered page (topic + level, totalCount)", 50, async () =>
            (await database.Claims.ListAsync(new ClaimFilter { Topic = "bone", EvidenceLevel = EvidenceLevel.AnimalModel }, null, new PageRequest(First: 50), CancellationToken.None)).TotalCount);
        string[] queries = ["osteoblast senescence", "nmn", "\"unbalanced", "skin barrier moisture", "NEAR(x y)"];
        await TimeAsync(output, "search (20 hits)", 100, async () =>
            (await database.Search.SearchAsync(queries[random.Next(queries.Length)], new PageRequest(First: 20), CancellationToken.None)).Items.Count);
        return 0;
    }

    private static async Task TimeAsync<T>(TextWriter output, string name, int iterations, Func<Task<T>> body)
    {
        await body();
        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < iterations; i++)
        {
            await body();
        }

        double microseconds = stopwatch.Elapsed.TotalMicroseconds / iterations;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name,-45} {microseconds,10:F1} µs/op ({iterations} ops)"));
    }
}
