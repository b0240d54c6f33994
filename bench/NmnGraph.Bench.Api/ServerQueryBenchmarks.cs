using System.Diagnostics;
using System.Globalization;
using NmnGraph.GraphQL.Execution;
using NmnGraph.Server.Api;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Bench.Api;

/// <summary>
/// Latency of typical API queries against a running server over loopback HTTP and in-process: article detail,
/// a filtered claims page deep in the list, full-text search, and the first articles page. Sequential requests,
/// one client, after a warm-up; prints mean, p50, p95 and p99 per scenario.
/// </summary>
public static class ServerQueryBenchmarks
{
    private static readonly string[] s_words = ["bone", "skin", "mice", "inflammation", "senescence", "oxidative", "NAD", "osteoporosis", "trial", "dose"];

    public static async Task<int> RunAsync(string databasePath, int iterations, TextWriter output)
    {
        await using NmnServerHandle server = await QuietServer.StartAsync(databasePath);
        using var http = new HttpClient { BaseAddress = server.GraphQLEndpoint };
        CorpusStatsRecord stats = await server.Database.GetStatsAsync(CancellationToken.None);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {stats.Articles} articles, {stats.Studies} studies, {stats.Claims} claims, {stats.Mentions} mentions; {iterations} requests per scenario"));
        var random = new Random(42);

        // A keyset cursor at a random place in the (evidence rank, id) order: the tag comes from a real page.
        string rankOrderTag = (await server.Database.Claims.ListAsync(
            new NmnGraph.Server.Store.Querying.ClaimFilter { Kind = ClaimKind.StudyFinding },
            [new NmnGraph.Server.Store.Querying.ClaimOrder(NmnGraph.Server.Store.Querying.ClaimOrderField.EvidenceLevel, SortDirection.Ascending)],
            new NmnGraph.Server.Store.Querying.PageRequest(First: 1), CancellationToken.None)).Positions[0].OrderTag;

        var scenarios = new (string Name, Func<(string Query, Dictionary<string, object?> Variables)> Next)[]
        {
            ("article detail", () => ("""
                query ($id: ID!) { node(id: $id) { ... on Article { title author publishedOn text
                  blocks { kind start end } mentions { quote start end claim { slug } }
                  claims(first: 50) { nodes { statement evidenceLevel evidence { stance level study { label doi citedBy(first: 5) { totalCount nodes { title } } } } } }
                  citations { mode text study { label } } corrections { original likelyIntended } topics { label } } } }
                """, new() { ["id"] = GlobalId.Encode(EntityKind.Article, random.NextInt64(1, stats.Articles + 1)) })),
            ("claims page (filter + order, deep cursor)", () => ("""
                query ($after: Cursor) { claims(first: 20, after: $after, where: { kind: STUDY_FINDING }, orderBy: [{ evidenceLevel: ASC }]) {
                  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { statement evidenceLevel studies { label } articles(first: 5) { nodes { title } } } } } }
                """, new() { ["after"] = NmnGraph.Server.Api.Paging.Cursor.Encode(new NmnGraph.Server.Store.Querying.SortPosition(
                    rankOrderTag, [(long)random.Next(0, 5), (long)random.Next(1, Math.Max(2, stats.Claims))])) })),
            ("search", () => ("""
                query ($text: String!) { search(text: $text, first: 20) { nodes { snippet score node { __typename ... on Article { title } ... on Claim { statement } ... on Study { label } } } } }
                """, new() { ["text"] = s_words[random.Next(s_words.Length)] + " " + s_words[random.Next(s_words.Length)] })),
            ("articles first page", () => ("""
                { articles(first: 20) { totalCount edges { cursor node { title publishedOn topics { label } } } } }
                """, new())),
        };

        foreach ((string name, Func<(string Query, Dictionary<string, object?> Variables)> next) in scenarios)
        {
            for (int i = 0; i < Math.Min(20, iterations); i++)
            {
                (string q, Dictionary<string, object?> v) = next();
                await GraphQLPost.SendAsync(http, null, q, v);
            }

            var overHttp = new List<double>(iterations);
            var inProcess = new List<double>(iterations);
            for (int i = 0; i < iterations; i++)
            {
                (string query, Dictionary<string, object?> variables) = next();
                long start = Stopwatch.GetTimestamp();
                await GraphQLPost.SendAsync(http, null, query, variables);
                overHttp.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);

                start = Stopwatch.GetTimestamp();
                ExecutionResult result = await server.Executor.ExecuteAsync(new GraphQLRequest(query, variables));
                inProcess.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (result.Errors.Count > 0)
                {
                    throw new InvalidOperationException($"{name}: {result.Errors[0].Message}");
                }
            }

            output.WriteLine($"{name,-42} HTTP {Summary(overHttp)}   in-process {Summary(inProcess)}");
        }

        return 0;
    }

    private static string Summary(List<double> samples)
    {
        samples.Sort();
        double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"mean {samples.Average(),7:F2} ms  p50 {Percentile(0.50),7:F2}  p95 {Percentile(0.95),7:F2}  p99 {Percentile(0.99),7:F2}");
    }
}
