using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NmnGraph.Server.Store;

public sealed partial class NmnDatabase
{
    private readonly Lock _readinessGate = new();
    private Task<Readiness>? _readinessCheck;

    /// <summary>
    /// Checks, on a connection of its own (outside the pool, so nothing queues behind requests' connections), that
    /// the file exists, opens read-write, answers a query, has every migration applied and has room to write.
    /// Answers within <paramref name="bound"/> whatever the database does: a check still running is joined, not
    /// repeated, so a stuck database does not pile up checks.
    /// </summary>
    public async Task<Readiness> CheckReadinessAsync(TimeSpan bound, CancellationToken cancellationToken)
    {
        Task<Readiness> check;
        lock (_readinessGate)
        {
            if (_readinessCheck is null || _readinessCheck.IsCompleted)
            {
                _readinessCheck = Task.Run(() => CheckReadiness(bound), CancellationToken.None);
            }

            check = _readinessCheck;
        }

        try
        {
            return await check.WaitAsync(bound, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Readiness.NotReady($"the database did not answer within {bound.TotalMilliseconds:0} ms");
        }
    }

    private Readiness CheckReadiness(TimeSpan bound)
    {
        if (Backend is not SqliteBackend sqlite)
        {
            return CheckServerReadiness(bound);
        }

        bool inMemory = sqlite.IsInMemory;
        if (!inMemory && !File.Exists(Path))
        {
            return Readiness.NotReady("the database file is missing");
        }

        var builder = new SqliteConnectionStringBuilder(sqlite.ConnectionString)
        {
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(bound.TotalSeconds)),
        };
        if (!inMemory)
        {
            // Never create: a deleted file must stay missing, not come back empty.
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        try
        {
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using (SqliteCommand busy = connection.CreateCommand())
            {
                busy.CommandText = $"PRAGMA busy_timeout = {(long)bound.TotalMilliseconds};";
                busy.ExecuteNonQuery();
            }

            // The version, and a read of a content table: the file is a database this server can query.
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM (SELECT 1 FROM articles LIMIT 1));";
            int version = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (version != Migrations.LatestVersion)
            {
                return Readiness.NotReady($"the database has schema version {version}, not {Migrations.LatestVersion}: migrations are not applied");
            }

            if (raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
            {
                return Readiness.NotReady("the database file is read-only");
            }
        }
        catch (SqliteException exception)
        {
            return Readiness.NotReady(ClassifyFailure(exception) is { } failure
                ? failure.Reason
                : $"the database failed a query (SQLite error {exception.SqliteErrorCode})");
        }

        if (!inMemory && FreeBytes() is { } free && free < MinimumFreeBytes)
        {
            return Readiness.NotReady($"the database's disk is full ({free} bytes free)");
        }

        return Readiness.Ready;
    }

    /// <summary>A database server (PostgreSQL): it answers on a connection, is migrated and is not a read-only standby.</summary>
    private Readiness CheckServerReadiness(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            using DbConnection connection = Backend.OpenConnectionAsync(timeout.Token).GetAwaiter().GetResult();
            int version = Backend.ReadSchemaVersionAsync(connection, timeout.Token).GetAwaiter().GetResult();
            if (version != Backend.LatestVersion)
            {
                return Readiness.NotReady($"the database has schema version {version}, not {Backend.LatestVersion}: migrations are not applied");
            }

            using DbCommand command = connection.CreateCommand();
            command.CommandText = "SELECT pg_is_in_recovery()";
            return command.ExecuteScalar() is true ? Readiness.NotReady("the database is a read-only standby") : Readiness.Ready;
        }
        catch (Exception exception) when (exception is DbException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            return Readiness.NotReady($"the database failed a query ({exception.GetType().Name})");
        }
    }
}
