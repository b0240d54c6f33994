using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NmnGraph.Server.Api;
using NmnGraph.Server.Api.Paging;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Bench.Api;

/// <summary>
/// Throughput under concurrent load against running servers: <c>load URL[,URL…] SECONDS CONCURRENCY</c>. Each
/// scenario (node lookup, a page of claims with their evidence, search) runs for the given time with the given
/// number of requests in flight; requests go to the servers in turn (round robin), so two URLs are two replicas
/// behind a balancer. Prints one line per scenario: requests/s, p50 and p99 latency, and fails on any error.
/// </summary>
public static class LoadBenchmark
{
    private static readonly string[] s_words = ["bone", "skin", "mice", "inflammation", "senescence", "oxidative", "NAD", "osteoporosis", "trial", "dose"];

    private const string NodeQuery = """
        query ($id: ID!) { node(id: $id) { ... on Article { title author publishedOn
          claims(first: 10) { nodes { statement evidenceLevel } } citations { mode study { label doi } } topics { label } } } }
        """;

    private const string ClaimsQuery = """
        query ($after: Cursor) { claims(first: 20, after: $after, where: { kind: STUDY_FINDING }, orderBy: [{ evidenceLevel: ASC }]) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { statement evidenceLevel evidence { stance level study { label doi year } } } } }
        """;

    private const string SearchQuery = """
        query ($text: String!) { search(text: $text, first: 20) { totalCount nodes { snippet score node { __typename ... on Article { title } ... on Claim { statement } ... on Study { label } } } } }
        """;

    // The same three requests in the API before connections (commit 2ae50bf, for bench/scripts/before-after.sh):
    // Article.claims and search were plain lists, and cursors were offsets.
    private const string ListNodeQuery = """
        query ($id: ID!) { node(id: $id) { ... on Article { title author publishedOn
          claims { statement evidenceLevel } citations { mode study { label doi } } topics { label } } } }
        """;

    private const string ListSearchQuery = """
        query ($text: String!) { search(text: $text, first: 20) { snippet score node { __typename ... on Article { title } ... on Claim { statement } ... on Study { label } } } }
        """;

    public static async Task<int> RunAsync(IReadOnlyList<Uri> targets, TimeSpan duration, int concurrency, TextWriter output)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { Timeout = TimeSpan.FromSeconds(60) };
        JsonNode totals = await GraphQLPost.DataAsync(http, targets[0], """
            { articles { totalCount } claims { totalCount }
              first: claims(first: 1, where: { kind: STUDY_FINDING }, orderBy: [{ evidenceLevel: ASC }]) { totalCount pageInfo { endCursor } }
              __schema { queryType { fields { name type { ofType { kind } } } } } }
            """, []);
        long articles = totals["articles"]!["totalCount"]!.GetValue<long>();
        long claims = totals["claims"]!["totalCount"]!.GetValue<long>();
        long findings = totals["first"]!["totalCount"]!.GetValue<long>();
        string firstCursor = totals["first"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        bool lists = totals["__schema"]!["queryType"]!["fields"]!.AsArray()
            .Any(field => (string?)field!["name"] == "search" && (string?)field["type"]!["ofType"]?["kind"] == "LIST");
        bool offsets = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(firstCursor)).StartsWith("offset:", StringComparison.Ordinal);
        string rankTag = offsets ? string.Empty : Cursor.Decode(firstCursor, "after").OrderTag;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"targets: {string.Join(", ", targets)}; {articles} articles, {claims} claims; {concurrency} in flight, {duration.TotalSeconds:F0} s per scenario{(lists ? "; API before connections" : string.Empty)}"));

        var scenarios = new (string Name, Func<Random, (string Query, Dictionary<string, object?> Variables)> Next)[]
        {
            ("node lookup", r => (lists ? ListNodeQuery : NodeQuery, new() { ["id"] = GlobalId.Encode(EntityKind.Article, r.NextInt64(1, articles + 1)) })),
            ("claims page with evidence", r => (ClaimsQuery, new()
            {
                ["after"] = offsets
                    ? Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"offset:{r.NextInt64(0, Math.Max(1, findings - 20))}")))
                    : Cursor.Encode(new SortPosition(rankTag, [(long)r.Next(0, 9), r.NextInt64(1, Math.Max(2, claims))])),
            })),
            ("search", r => (lists ? ListSearchQuery : SearchQuery, new() { ["text"] = s_words[r.Next(s_words.Length)] + " " + s_words[r.Next(s_words.Length)] })),
        };

        foreach ((string name, Func<Random, (string, Dictionary<string, object?>)> next) in scenarios)
        {
            // A short warm-up at the same concurrency: JIT, pools, caches.
            await DriveAsync(http, targets, next, TimeSpan.FromSeconds(Math.Min(5, duration.TotalSeconds / 3)), concurrency);
            (int requests, List<double> latencies) = await DriveAsync(http, targets, next, duration, concurrency);
            latencies.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-28} {requests / duration.TotalSeconds,9:F1} req/s   p50 {Percentile(latencies, 0.50),8:F2} ms   p99 {Percentile(latencies, 0.99),8:F2} ms   ({requests} requests)"));
        }

        return 0;
    }

    private static async Task<(int Requests, List<double> Latencies)> DriveAsync(HttpClient http, IReadOnlyList<Uri> targets,
        Func<Random, (string Query, Dictionary<string, object?> Variables)> next, TimeSpan duration, int concurrency)
    {
        long stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        int turn = 0;
        var all = new List<double>();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var random = new Random(worker);
            var mine = new List<double>();
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                (string query, Dictionary<string, object?> variables) = next(random);
                Uri target = targets[(Interlocked.Increment(ref turn) & int.MaxValue) % targets.Count];
                long start = Stopwatch.GetTimestamp();
                await GraphQLPost.DataAsync(http, target, query, variables);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            lock (all)
            {
                all.AddRange(mine);
            }
        }));
        return (all.Count, all);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
