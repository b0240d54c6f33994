using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NmnGraph.Server.Corpus;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Postgres;
using NmnGraph.Server.Tests.Postgres;

namespace NmnGraph.Server.Tests;

/// <summary>Opening test databases and checking them with raw SQL, outside the repositories under test.</summary>
internal static class Db
{
    /// <summary>Options that seed a new database with the corpus, as the server host does.</summary>
    public static NmnDatabaseOptions Seeding { get; } = new() { Seed = CorpusSeeder.SeedIfNewAsync };

    public static Task<NmnDatabase> SeededAsync(TempDirectory directory, string name = "seeded.db") =>
        NmnDatabase.OpenAsync(directory.File(name), Seeding, CancellationToken.None);

    public static Task<NmnDatabase> EmptyAsync(TempDirectory directory, string name = "empty.db") =>
        NmnDatabase.OpenAsync(directory.File(name), new NmnDatabaseOptions(), CancellationToken.None);

    /// <summary>A new database on <paramref name="backend"/>: a file in <paramref name="directory"/>, or a fresh PostgreSQL database.</summary>
    public static async Task<string> NewLocationAsync(TestBackend backend, TempDirectory directory, string name = "seeded.db") =>
        backend == TestBackend.Postgres ? await (await PostgresCluster.GetAsync()).CreateDatabaseAsync() : directory.File(name);

    public static async Task<NmnDatabase> SeededAsync(TestBackend backend, TempDirectory directory) =>
        await NmnDatabase.OpenAsync(await NewLocationAsync(backend, directory), Seeding, CancellationToken.None);

    public static async Task<NmnDatabase> EmptyAsync(TestBackend backend, TempDirectory directory) =>
        await NmnDatabase.OpenAsync(await NewLocationAsync(backend, directory, "empty.db"), new NmnDatabaseOptions(), CancellationToken.None);

    public static SqliteConnection OpenRaw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Rows of <paramref name="sql"/> on a SQLite file or a PostgreSQL URL (as <see cref="NmnDatabase.Path"/> gives it).</summary>
    public static List<object?[]> Query(string location, string sql)
    {
        using DbConnection connection = OpenAny(location);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static long Scalar(string location, string sql) => Convert.ToInt64(Query(location, sql)[0][0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every row of the content tables as text: equal snapshots mean nothing stored was lost or changed.</summary>
    public static string Snapshot(string path)
    {
        var builder = new System.Text.StringBuilder();
        foreach (string table in new[] { "articles", "studies", "claims", "mentions", "evidence", "citations", "claim_topics", "corrections", "blocks" })
        {
            // Rows sorted whole: ORDER BY 1 leaves ties (claim_topics, blocks) in an engine-specific order.
            foreach (string row in Query(path, $"SELECT * FROM {table}").Select(r => string.Join('|', r)).Order(StringComparer.Ordinal))
            {
                builder.Append(row).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// SQLite: integrity_check says ok and foreign_key_check finds nothing. PostgreSQL enforces its foreign keys
    /// itself; there no row may hang off a missing parent either.
    /// </summary>
    public static void AssertConsistent(string location)
    {
        if (NmnDatabase.IsPostgresUrl(location))
        {
            Assert.Equal(0, Scalar(location, """
                SELECT (SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)
                                                          OR NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = m.claim_id))
                     + (SELECT count(*) FROM citations ci WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = ci.article_id))
                     + (SELECT count(*) FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM studies s WHERE s.id = e.study_id))
                     + (SELECT count(*) FROM blocks b WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = b.article_id))
                """));
            return;
        }

        Assert.Equal("ok", Query(location, "PRAGMA integrity_check")[0][0]);
        Assert.Empty(Query(location, "PRAGMA foreign_key_check"));
    }

    private static DbConnection OpenAny(string location)
    {
        if (!NmnDatabase.IsPostgresUrl(location))
        {
            return OpenRaw(location);
        }

        NpgsqlConnectionStringBuilder builder = PostgresUrl.Parse(location);
        builder.Pooling = false;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }
}
