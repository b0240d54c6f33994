using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using NmnGraph.GraphQL.Execution;
using NmnGraph.Server.Api;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Hosting;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Bench.Api;

/// <summary>
/// Where the load benchmark's node lookup spends its time, in-process: <c>node-lookup DATABASE [ROUNDS] [CALLS]</c>.
/// Each round runs every case in turn for CALLS calls on random articles (sequential, one caller, after a warm-up)
/// and the report is the median over rounds of each case's mean per call, so the cases compare side by side in one
/// run: the article's claims read with <c>2ae50bf</c>'s plain statement, with the keyset page's statement (its
/// LIMIT bound as a parameter, as before <c>c98be85</c>, and written into the text) and through
/// <c>ArticleRepository.GetClaimPagesAsync</c>; the other store calls of the lookup; and the node-lookup query through
/// the executor, whole and in parts.
/// </summary>
public static class NodeLookupCost
{
    // 2ae50bf's ArticleRepository.GetClaimsByArticleIdsAsync for one article.
    private const string PlainListSql = """
        SELECT f.article_id, c.id, c.slug, c.statement, c.kind, c.about_nmn, c.evidence_level, c.caveats, CASE WHEN c.curated_level IS NULL THEN 0 ELSE 1 END
        FROM (SELECT m.article_id, m.claim_id, min(m.start) AS first_start FROM mentions m
              WHERE m.article_id IN (@id0) GROUP BY m.article_id, m.claim_id) f
        JOIN claims c ON c.id = f.claim_id
        ORDER BY f.article_id, f.first_start, c.id
        """;

    // The statement GetClaimPagesAsync built for one article and first: 10 before c98be85 (its LIMIT a parameter).
    private const string KeysetPageSql = """
        SELECT f.first_start, c.id, c.id, c.slug, c.statement, c.kind, c.about_nmn, c.evidence_level, c.caveats, CASE WHEN c.curated_level IS NULL THEN 0 ELSE 1 END
        FROM (SELECT m.article_id, m.claim_id, min(m.start) AS first_start FROM mentions m
              WHERE m.article_id IN (@p0) GROUP BY m.article_id, m.claim_id) f
        JOIN claims c ON c.id = f.claim_id WHERE TRUE ORDER BY f.first_start ASC, c.id ASC LIMIT @p1
        """;

    private const string NodeQuery = """
        query ($id: ID!) { node(id: $id) { ... on Article { title author publishedOn
          claims(first: 10) { nodes { statement evidenceLevel } } citations { mode study { label doi } } topics { label } } } }
        """;

    private const string NodeWithoutClaims = """
        query ($id: ID!) { node(id: $id) { ... on Article { title author publishedOn
          citations { mode study { label doi } } topics { label } } } }
        """;

    private const string NodeOnlyClaims = """
        query ($id: ID!) { node(id: $id) { ... on Article { claims(first: 10) { nodes { statement evidenceLevel } } } } }
        """;

    private const string NodeOnlyTitle = """
        query ($id: ID!) { node(id: $id) { ... on Article { title } } }
        """;

    public static async Task<int> RunAsync(string databasePath, int rounds, int calls, TextWriter output)
    {
        await using NmnServerHandle server = await QuietServer.StartAsync(databasePath);
        long articles = (await server.Database.GetStatsAsync(CancellationToken.None)).Articles;
        var random = new Random(42);
        long NextArticle() => random.NextInt64(1, articles + 1);

        async Task Query(string query)
        {
            ExecutionResult result = await server.Executor.ExecuteAsync(new GraphQLRequest(query,
                new Dictionary<string, object?> { ["id"] = GlobalId.Encode(EntityKind.Article, NextArticle()) }));
            if (result.Errors.Count > 0)
            {
                throw new InvalidOperationException(result.Errors[0].Message);
            }
        }

        async Task Statement(string sql, params (string Name, object Value)[] parameters)
        {
            await using DbConnection connection = await server.Database.OpenConnectionAsync(CancellationToken.None);
            await using DbCommand command = server.Database.CreateCommand(connection, sql);
            foreach ((string name, object value) in parameters)
            {
                DbParameter parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            await using DbDataReader reader = await command.ExecuteReaderAsync();
            var rows = new List<object[]>();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(values);
            }
        }

        var cases = new (string Name, Func<Task> Call)[]
        {
            ("store: open and SELECT 1", () => Statement("SELECT 1")),
            ("claims: 2ae50bf's plain list statement", () => Statement(PlainListSql, ("@id0", NextArticle()))),
            ("claims: keyset statement, LIMIT bound", () => Statement(KeysetPageSql, ("@p0", NextArticle()), ("@p1", 11L))),
            ("claims: keyset statement, LIMIT written", () => Statement(KeysetPageSql.Replace("@p1", "11", StringComparison.Ordinal), ("@p0", NextArticle()))),
            ("claims: GetClaimPagesAsync(first: 10)", async () =>
                await server.Database.Articles.GetClaimPagesAsync([NextArticle()], new PageRequest(First: 10) { CountTotal = false }, CancellationToken.None)),
            ("store: Articles.GetByIdsAsync", async () => await server.Database.Articles.GetByIdsAsync([NextArticle()], CancellationToken.None)),
            ("store: GetCitationsByArticleIdsAsync", async () => await server.Database.Articles.GetCitationsByArticleIdsAsync([NextArticle()], CancellationToken.None)),
            ("store: Studies.GetByIdsAsync (2 ids)", async () =>
                await server.Database.Studies.GetByIdsAsync([random.NextInt64(1, 20_001), random.NextInt64(1, 20_001)], CancellationToken.None)),
            ("store: GetTopicsByArticleIdsAsync", async () => await server.Database.Articles.GetTopicsByArticleIdsAsync([NextArticle()], CancellationToken.None)),
            ("query: node lookup (load benchmark)", () => Query(NodeQuery)),
            ("query: node lookup without claims", () => Query(NodeWithoutClaims)),
            ("query: node with only claims(first: 10)", () => Query(NodeOnlyClaims)),
            ("query: node with only title", () => Query(NodeOnlyTitle)),
        };

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles} articles; {rounds} rounds × {calls} calls per case; load average {LoadAverage()}"));
        var means = cases.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round < rounds; round++)
        {
            for (int c = 0; c < cases.Length; c++)
            {
                for (int i = 0; i < Math.Min(50, calls); i++)
                {
                    await cases[c].Call();
                }

                long start = Stopwatch.GetTimestamp();
                for (int i = 0; i < calls; i++)
                {
                    await cases[c].Call();
                }

                means[c].Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds / calls);
            }
        }

        for (int c = 0; c < cases.Length; c++)
        {
            means[c].Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{cases[c].Name,-44} {means[c][means[c].Count / 2],8:F1} µs per call (rounds: {string.Join(" / ", means[c].Select(m => m.ToString("F0", CultureInfo.InvariantCulture)))})"));
        }

        output.WriteLine($"load average after: {LoadAverage()}");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
