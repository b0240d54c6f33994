using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NmnGraph.GraphQL.AspNetCore;
using NmnGraph.Server.Tests.Api;
using Xunit.Abstractions;

namespace NmnGraph.Server.Tests.Hosting;

/// <summary>
/// Storage failures that are not the client's fault answer STORAGE_UNAVAILABLE with a 503, leave a log line with
/// the id the client sees, lose nothing and stop as soon as the cause goes away.
/// </summary>
public sealed class StorageFailureTests(ITestOutputHelper output)
{
    private const string Import = "mutation Import($text: String!) { importArticle(input: { text: $text }) { created article { id } } }";

    private static readonly string s_article = """
        NMN and sleep, a storage test

        Author: Tester Release time: 2024-05-06 Column: News

        """ + string.Concat(Enumerable.Repeat("Mice given NMN slept longer in this made-up report. ", 400)) + """


        Reference: Lu et al. 2023, J Gerontol A, doi:10.1093/gerona/glac175
        """;

    [Fact]
    public async Task A_full_disk_fails_the_write_with_STORAGE_UNAVAILABLE_and_a_logged_request_id_losing_nothing()
    {
        using var directory = new TempDirectory();
        using SmallVolume? volume = SmallVolume.TryMount(directory.File("volume"), 16 * 1024 * 1024, out string? whyNot);
        string databasePath = Path.Combine(volume?.Path ?? directory.Path, "full.db");
        var log = new FakeLogCollector();
        await using ApiServer server = await ApiServer.StartAsync(databasePath: databasePath, log: log);
        string before = Db.Snapshot(databasePath);

        // Empty the WAL first, so the write needs new space rather than reusing old WAL frames.
        Assert.Equal(0, Db.Scalar(databasePath, "PRAGMA wal_checkpoint(TRUNCATE)"));
        Action restore;
        string expectedReason;
        if (volume is not null)
        {
            string filler = volume.Fill();
            output.WriteLine($"Path run: disk full for real, tmpfs of 16 MiB at {volume.Path}, {volume.FreeBytes} bytes left after filling.");
            restore = () => File.Delete(filler);
            expectedReason = "disk is full";
        }
        else
        {
            // Fallback without mount rights: a read-only database file (root would ignore the mode, but root mounts).
            output.WriteLine($"Path run: read-only database file (no tmpfs: {whyNot}).");
            new FileInfo(databasePath).IsReadOnly = true;
            SqliteConnection.ClearAllPools();
            restore = () =>
            {
                new FileInfo(databasePath).IsReadOnly = false;
                SqliteConnection.ClearAllPools();
            };
            expectedReason = "read-only";
        }

        using (HttpResponseMessage refused = await server.SendAsync(Import, new { text = s_article }, ApiServer.Key))
        {
            string body = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, $"HTTP {(int)refused.StatusCode}: {body}");
            JsonObject error = JsonNode.Parse(body)!["errors"]![0]!.AsObject();
            Assert.Equal("STORAGE_UNAVAILABLE", (string)error["extensions"]!["code"]!);
            Assert.True(((string)error["message"]!).Contains(expectedReason, StringComparison.Ordinal), body + "\n" + string.Join("\n", log.GetSnapshot().Select(r => r.Exception?.ToString())));
            Assert.DoesNotContain(databasePath, body, StringComparison.Ordinal);

            // Waiting alone does not free a disk: no Retry-After.
            Assert.False(refused.Headers.Contains("Retry-After"), body);

            string requestId = (string)error["extensions"]!["requestId"]!;
            FakeLogRecord line = Assert.Single(log.GetSnapshot(), record => record.Level == LogLevel.Error);
            Assert.Equal(typeof(GraphQLServer).FullName, line.Category);
            Assert.Equal(requestId, line.GetStructuredStateValue("RequestId"));
            Assert.Equal("Import", line.GetStructuredStateValue("OperationName"));
            Assert.Equal("importArticle", line.GetStructuredStateValue("Path"));
            Assert.Equal("STORAGE_UNAVAILABLE", line.GetStructuredStateValue("Code"));
            Assert.IsType<SqliteException>(line.Exception);
        }

        Uri readiness = new(server.Handle.GraphQLEndpoint, "/readyz");
        using (HttpResponseMessage notReady = await server.Http.GetAsync(readiness))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
            Assert.Contains(expectedReason, await notReady.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Checked once there is room again: on a full tmpfs even a new reader can fail to map the WAL index.
        restore();
        Assert.Equal(before, Db.Snapshot(databasePath));
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync(readiness)).StatusCode);
        JsonObject resumed = await server.DataAsync(Import, new { text = s_article }, ApiServer.Key);
        Assert.True((bool)resumed["importArticle"]!["created"]!);
        Assert.Equal(1, Db.Scalar(databasePath, "SELECT count(*) FROM articles WHERE title = 'NMN and sleep, a storage test'"));
        Db.AssertConsistent(databasePath);
    }

    [Fact]
    public async Task A_lock_held_past_the_busy_timeout_is_STORAGE_UNAVAILABLE_with_retry_after()
    {
        await using ApiServer server = await ApiServer.StartAsync(busyTimeout: TimeSpan.FromMilliseconds(100));
        string before = Db.Snapshot(server.DatabasePath);
        using (SqliteConnection other = Db.OpenRaw(server.DatabasePath))
        {
            using SqliteCommand begin = other.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();

            using HttpResponseMessage refused = await server.SendAsync(Import, new { text = s_article }, ApiServer.Key);
            string body = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, $"HTTP {(int)refused.StatusCode}: {body}");
            Assert.Equal("STORAGE_UNAVAILABLE", (string)JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]!);
            Assert.Equal("2", string.Join(",", refused.Headers.GetValues("Retry-After")));

            using SqliteCommand rollback = other.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        Assert.Equal(before, Db.Snapshot(server.DatabasePath));
        JsonObject resumed = await server.DataAsync(Import, new { text = s_article }, ApiServer.Key);
        Assert.True((bool)resumed["importArticle"]!["created"]!);
    }
}
