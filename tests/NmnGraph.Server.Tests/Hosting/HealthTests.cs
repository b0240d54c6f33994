using System.Net;
using Microsoft.Data.Sqlite;
using NmnGraph.Server.Store;
using NmnGraph.Server.Tests.Api;

namespace NmnGraph.Server.Tests.Hosting;

/// <summary>/healthz says the process answers; /readyz tells a load balancer whether the database can serve.</summary>
public sealed class HealthTests
{
    private const string Import = "mutation ($text: String!) { importArticle(input: { text: $text }) { created } }";

    [Theory]
    [InlineData("/healthz", "ok")]
    [InlineData("/readyz", "ready")]
    public async Task Health_answers_GET_and_HEAD_uncached(string path, string line)
    {
        await using ApiServer server = await ApiServer.StartAsync();
        Uri uri = new(server.Handle.GraphQLEndpoint, path);

        using HttpResponseMessage get = await server.Http.GetAsync(uri);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(line + "\n", await get.Content.ReadAsStringAsync());
        Assert.Equal("no-store", get.Headers.CacheControl?.ToString());

        using HttpResponseMessage head = await server.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, uri));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        using HttpResponseMessage post = await server.Http.PostAsync(uri, new StringContent(string.Empty));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task Readiness_turns_503_with_a_reason_when_the_database_file_goes_away()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        Uri ready = new(server.Handle.GraphQLEndpoint, "/readyz");
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync(ready)).StatusCode);

        File.Delete(server.DatabasePath);
        using HttpResponseMessage gone = await server.Http.GetAsync(ready);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
        Assert.Equal("the database file is missing\n", await gone.Content.ReadAsStringAsync());

        // The check never creates the file again, and liveness does not depend on the database.
        Assert.False(File.Exists(server.DatabasePath));
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync(new Uri(server.Handle.GraphQLEndpoint, "/healthz"))).StatusCode);
    }

    [Fact]
    public async Task Readiness_turns_503_when_the_file_is_no_longer_a_database()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        foreach (string file in new[] { server.DatabasePath, server.DatabasePath + "-wal", server.DatabasePath + "-shm" })
        {
            File.Delete(file);
        }

        await File.WriteAllTextAsync(server.DatabasePath, "this is not a database, it is long enough to have a header of sorts...................");
        using HttpResponseMessage response = await server.Http.GetAsync(new Uri(server.Handle.GraphQLEndpoint, "/readyz"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("the database failed a query (SQLite error 26)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_reports_migrations_not_applied()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase old = await NmnDatabase.OpenAsync(directory.File("old.db"), new NmnDatabaseOptions { MigrateToVersion = 1 }, CancellationToken.None);
        Readiness readiness = await old.CheckReadinessAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.False(readiness.IsReady);
        Assert.Equal($"the database has schema version 1, not {Migrations.LatestVersion}: migrations are not applied", readiness.Reason);
    }

    [Fact]
    public async Task Health_answers_while_writes_wait_for_a_lock()
    {
        // Eight mutations wait (blocking their threads, as SQLite does) on a write lock this test holds; health must
        // answer before any of them can finish, so it neither shares their lock nor queues behind them.
        await using ApiServer server = await ApiServer.StartAsync(busyTimeout: TimeSpan.FromMinutes(2));
        using SqliteConnection other = Db.OpenRaw(server.DatabasePath);
        Execute(other, "BEGIN IMMEDIATE");
        Task<HttpResponseMessage>[] writes = Enumerable.Range(0, 8)
            .Select(i => server.SendAsync(Import, new { text = $"Waiting article {i}\n\nAuthor: T Release time: 2024-01-01 Column: News\n\nBody {i}.\n" }, ApiServer.Key))
            .ToArray();

        using HttpResponseMessage live = await server.Http.GetAsync(new Uri(server.Handle.GraphQLEndpoint, "/healthz"));
        using HttpResponseMessage ready = await server.Http.GetAsync(new Uri(server.Handle.GraphQLEndpoint, "/readyz"));
        bool anyWriteDone = writes.Any(write => write.IsCompleted);
        Execute(other, "ROLLBACK");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("ready\n", await ready.Content.ReadAsStringAsync());
        Assert.False(anyWriteDone);
        foreach (HttpResponseMessage write in await Task.WhenAll(writes))
        {
            Assert.Equal(HttpStatusCode.OK, write.StatusCode);
            write.Dispose();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
