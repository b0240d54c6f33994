using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NmnGraph.GraphQL.AspNetCore;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using NmnGraph.Server.Store.Search;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Tests.Api;

/// <summary>The request deadline ends the work: database statements are interrupted, and search refuses texts that would run long.</summary>
public sealed class DeadlineTests
{
    // Counting to a billion in SQL runs for minutes; the deadline must stop it.
    private const string SlowStatement = """
        WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 1000000000)
        SELECT count(*) FROM counter
        """;

    [Fact]
    public async Task A_slow_statement_is_interrupted_at_the_deadline_and_the_answer_is_a_timeout()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.EmptyAsync(directory);
        Exception? seen = null;
        Schema schema = SchemaBuilder.FromSdl("type Query { slow: Int }")
            .BindAsync("Query.slow", async context =>
            {
                try
                {
                    await using var connection = (SqliteConnection)await database.OpenConnectionAsync(context.RequestAborted);
                    await using SqliteCommand command = connection.CreateCommand();
                    command.CommandText = SlowStatement;
                    return Convert.ToInt32(await command.ExecuteScalarAsync(context.RequestAborted), System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (Exception exception)
                {
                    seen = exception;
                    throw;
                }
            })
            .Build();
        var server = new GraphQLServer(schema, new GraphQLServerOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(300) }, includeExceptionDetails: false);

        using RequestDeadline deadline = server.StartDeadline(CancellationToken.None);
        Task<ExecutionResult> answer = server.ExecuteAsync(new GraphQLRequest("{ slow }"), deadline);
        ExecutionResult result = await answer.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(deadline.HasExpired);
        GraphQLErrorAssert.Code(result, GraphQLErrorCodes.ExecutionTimeout);

        // The statement itself stopped (SQLite reports the interrupt), rather than being left to run.
        await WaitUntilAsync(() => seen is not null, "the resolver to end");
        SqliteException interrupted = Assert.IsType<SqliteException>(seen);
        Assert.Equal(9, interrupted.SqliteErrorCode); // SQLITE_INTERRUPT

        // The pooled connection is not left interrupted: the next statement runs.
        await using var next = (SqliteConnection)await database.OpenConnectionAsync(CancellationToken.None);
        await using SqliteCommand one = next.CreateCommand();
        one.CommandText = "SELECT 1";
        Assert.Equal(1L, await one.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_search_of_three_thousand_words_is_refused_with_bad_user_input()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        string text = string.Join(' ', Enumerable.Repeat("nmn", 3000));
        using HttpResponseMessage response = await server.SendAsync("query($t: String!) { search(text: $t) { totalCount } }", new { t = text });
        string body = await response.Content.ReadAsStringAsync();
        JsonObject error = JsonNode.Parse(body)!["errors"]![0]!.AsObject();
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]!["code"]);
        Assert.Contains(SearchQuery.MaxTerms.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_search_at_the_term_limit_runs_and_repeated_words_are_one_phrase()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        string text = string.Join(' ', Enumerable.Repeat("NMN", SearchQuery.MaxTerms));
        JsonObject data = await server.DataAsync("query($t: String!) { search(text: $t) { nodes { score } } }", new { t = text });
        Assert.NotEmpty(data["search"]!["nodes"]!.AsArray());
        Assert.Equal([new SearchWord("NMN", WordMatch.WholeIfIndexed), new SearchWord("bone", WordMatch.WholeIfIndexed)], SearchQuery.Parse("NMN nmn bone Nmn").Words);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (int i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), $"Timed out waiting for {what}.");
    }
}
