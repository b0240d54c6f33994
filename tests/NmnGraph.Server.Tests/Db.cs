using Microsoft.Data.Sqlite;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Tests;

/// <summary>Opening test databases and checking them with raw SQL, outside the repositories under test.</summary>
internal static class Db
{
    public static Task<NmnDatabase> SeededAsync(TempDirectory directory, string name = "seeded.db") =>
        NmnDatabase.OpenAsync(directory.File(name), new NmnDatabaseOptions(), CancellationToken.None);

    public static Task<NmnDatabase> EmptyAsync(TempDirectory directory, string name = "empty.db") =>
        NmnDatabase.OpenAsync(directory.File(name), new NmnDatabaseOptions { SeedCorpus = false }, CancellationToken.None);

    public static SqliteConnection OpenRaw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static List<object?[]> Query(string path, string sql)
    {
        using SqliteConnection connection = OpenRaw(path);
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
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

    public static long Scalar(string path, string sql) => Convert.ToInt64(Query(path, sql)[0][0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every row of the content tables as text: equal snapshots mean nothing stored was lost or changed.</summary>
    public static string Snapshot(string path)
    {
        var builder = new System.Text.StringBuilder();
        foreach (string table in new[] { "articles", "studies", "claims", "mentions", "evidence", "citations", "claim_topics", "corrections", "blocks" })
        {
            foreach (object?[] row in Query(path, $"SELECT * FROM {table} ORDER BY 1"))
            {
                builder.AppendJoin('|', row).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>integrity_check says ok and foreign_key_check finds nothing.</summary>
    public static void AssertConsistent(string path)
    {
        Assert.Equal("ok", Query(path, "PRAGMA integrity_check")[0][0]);
        Assert.Empty(Query(path, "PRAGMA foreign_key_check"));
    }
}
