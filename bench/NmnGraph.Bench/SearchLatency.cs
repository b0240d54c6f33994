using System.Diagnostics;
using System.Globalization;
using NmnGraph.GraphQL.Execution;
using NmnGraph.Server.Api;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Generate;
using NmnGraph.Server.Hosting;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Bench;

/// <summary>
/// Search latency on a generated corpus, per query kind, without BenchmarkDotNet:
/// <c>dotnet run -c Release --project bench/NmnGraph.Bench -- --search-latency [N] [--db PATH]</c>
/// (N articles, default 100,000; PATH is generated when missing, and the generation is timed). Each kind runs
/// its queries one after another, in the store (first page of 20 with totalCount) and through the GraphQL
/// executor in-process (the same page with each hit's node), and reports p50, p95, p99 and max wall time and the
/// process CPU time per query (which a busy machine disturbs less). Goal: p99 under 20 ms.
/// </summary>
public static class SearchLatency
{
    private const int Warmup = 50;
    private const int Iterations = 500;

    private const string Query = """
        query ($text: String!) {
          search(text: $text, first: 20) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { snippet score node { __typename ... on Article { slug title } ... on Study { slug label } ... on Claim { slug statement evidenceLevel } } } }
          }
        }
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        int articles = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out int n) ? n : 100_000;
        int dbIndex = Array.IndexOf(args, "--db");
        string? path = dbIndex >= 0 && dbIndex + 1 < args.Length ? args[dbIndex + 1] : null;
        await using NmnDatabase database = await StoreScale.OpenGeneratedAsync(articles, output, path);
        CorpusStatsRecord stats = await database.GetStatsAsync(CancellationToken.None);
        await output.WriteLineAsync($"corpus: {stats.Articles} articles, {stats.Studies} studies, {stats.Claims} claims ({database.Path})");

        var random = new Random(42);
        Vocabulary vocabulary = Vocabulary.Shared;
        IReadOnlyList<StudyRecord> studies = (await database.Studies.ListAsync(new StudyFilter { HasDoi = true }, null, new PageRequest(First: 2000), CancellationToken.None)).Items;
        (string Kind, Func<string> Next)[] kinds =
        [
            // Ranks 15,000–19,999: each word is in about 0.1–0.2 % of articles.
            ("rare word", () => vocabulary[random.Next(15_000, Vocabulary.Size)]),
            // Ranks 5–30: each word is in about 50–93 % of articles and 3–15 % of claims.
            ("common word", () => vocabulary[random.Next(5, 31)]),
            ("two common words", () => vocabulary[random.Next(5, 31)] + " " + vocabulary[random.Next(5, 31)]),
            ("prefix (4 letters of a rank 100–1000 word)", () => vocabulary[random.Next(100, 1000)][..4]),
            ("identifier (DOI, doi: URL or PMID)", () =>
            {
                StudyRecord study = studies[random.Next(studies.Count)];
                return random.Next(3) switch
                {
                    0 => study.Doi!,
                    1 => "https://doi.org/" + study.Doi!.ToUpperInvariant(),
                    _ => "PMID: " + study.Pmid,
                };
            }),
        ];

        foreach ((string kind, string text) in kinds.Select(k => (k.Kind, k.Next())))
        {
            Page<SearchHitRecord> sample = await database.Search.SearchAsync(text, new PageRequest(First: 20), CancellationToken.None);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  e.g. {kind}: \"{text}\" → {sample.TotalCount} hits"));
        }

        IRequestExecutor executor = NmnServiceCollectionExtensions.CreateServer(database, new NmnApiOptions()).Executor;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{"query kind",-44} {"layer",-8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"CPU ms",8}  ({Iterations} queries each; CPU: process CPU time per query)"));
        foreach ((string kind, Func<string> next) in kinds)
        {
            await ReportAsync(output, kind, "store", next, async text =>
                (await database.Search.SearchAsync(text, new PageRequest(First: 20), CancellationToken.None)).Items.Count);
            await ReportAsync(output, kind, "graphql", next, async text =>
            {
                ExecutionResult result = await executor.ExecuteAsync(
                    new GraphQLRequest(Query, new Dictionary<string, object?>(StringComparer.Ordinal) { ["text"] = text }), CancellationToken.None);
                return result.Errors.Count == 0 ? 1 : throw new InvalidOperationException(result.Errors[0].Message);
            });
        }

        return 0;
    }

    private static async Task ReportAsync(TextWriter output, string kind, string layer, Func<string> next, Func<string, Task<int>> run)
    {
        for (int i = 0; i < Warmup; i++)
        {
            await run(next());
        }

        double[] milliseconds = new double[Iterations];
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < Iterations; i++)
        {
            string text = next();
            long start = Stopwatch.GetTimestamp();
            await run(text);
            milliseconds[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / Iterations;
        Array.Sort(milliseconds);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{kind,-44} {layer,-8} {Percentile(milliseconds, 0.50),8:F2} {Percentile(milliseconds, 0.95),8:F2} {Percentile(milliseconds, 0.99),8:F2} {milliseconds[^1],8:F2} {cpu,8:F2}"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
