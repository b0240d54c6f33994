using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Search;

namespace NmnGraph.Server.Store;

/// <summary>The embedded default: one SQLite file (WAL, foreign keys, busy timeout), FTS5 search.</summary>
public sealed class SqliteBackend : StoreBackend
{
    // SQLite allows 32766 parameters; smaller chunks keep statements cheap to prepare.
    private const int BatchSize = 500;

    // Connections kept open with their prepared statements: as many as requests usually run store calls at once.
    private const int IdleConnections = 32;

    private readonly string _path;
    private readonly string _connectionString;
    private readonly TimeSpan _busyTimeout;
    private readonly SqliteConnection? _memoryKeepAlive;
    private readonly IdleSqliteConnections _idle = new(IdleConnections);

    private SqliteBackend(string path, string connectionString, TimeSpan busyTimeout, SqliteConnection? memoryKeepAlive)
    {
        _path = path;
        _connectionString = connectionString;
        _busyTimeout = busyTimeout;
        _memoryKeepAlive = memoryKeepAlive;
    }

    public override string Kind => "sqlite";

    public override string Location => _path;

    public override int IdBatchSize => BatchSize;

    public override int LatestVersion => Migrations.LatestVersion;

    public override string Like => "LIKE";

    public string ConnectionString => _connectionString;

    /// <summary>True for an in-memory database (no file to check or measure).</summary>
    public bool IsInMemory => _memoryKeepAlive is not null;

    /// <summary>Prepares the file at <paramref name="path"/> (<c>:memory:</c> for a private in-memory database).</summary>
    public static async Task<SqliteBackend> CreateAsync(string path, TimeSpan busyTimeout, CancellationToken cancellationToken)
    {
        bool inMemory = string.Equals(path, ":memory:", StringComparison.Ordinal);
        var builder = new SqliteConnectionStringBuilder
        {
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        };
        if (inMemory)
        {
            builder.DataSource = $"file:nmngraph-{Guid.NewGuid():N}?mode=memory&cache=shared";
        }
        else
        {
            string fullPath = Path.GetFullPath(path);
            string? directory = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            builder.DataSource = fullPath;
            builder.Mode = SqliteOpenMode.ReadWriteCreate;
        }

        SqliteConnection? keepAlive = null;
        if (inMemory)
        {
            // A shared-cache memory database lives as long as one connection to it is open.
            keepAlive = new SqliteConnection(builder.ToString());
            await keepAlive.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        return new SqliteBackend(path, builder.ToString(), busyTimeout, keepAlive);
    }

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_idle.TryTake() is { } idle)
        {
            idle.InterruptOn(cancellationToken);
            return idle;
        }

        var connection = new InterruptibleSqliteConnection(_connectionString, Path.GetFileName(_path), _idle);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using SqliteCommand pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {(long)_busyTimeout.TotalMilliseconds};";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            // Cancelling the token interrupts the statement the connection runs (SQLITE_INTERRUPT).
            connection.InterruptOn(cancellationToken);
            return connection;
        }
        catch
        {
            // Closed first, so that a connection that failed its set-up is not kept for reuse.
            await connection.CloseAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task InitializeAsync(int targetVersion, Func<DbConnection, CancellationToken, Task> afterMigration, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using (DbCommand wal = connection.CreateCommand())
        {
            // Persistent for a file; a memory database ignores it.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        int current = await ReadSchemaVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (current > Migrations.LatestVersion)
        {
            throw new StoreException("SCHEMA_TOO_NEW",
                $"The database '{_path}' has schema version {current}, newer than this nmngraph knows ({Migrations.LatestVersion}); upgrade nmngraph.");
        }

        foreach (Migration migration in Migrations.All)
        {
            if (migration.Version <= current || migration.Version > targetVersion)
            {
                continue;
            }

            // BEGIN IMMEDIATE takes the write lock first, so two processes opening a new file do not both migrate.
            await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            using (DbCommand check = connection.CreateCommand())
            {
                check.Transaction = transaction;
                check.CommandText = "PRAGMA user_version;";
                if (Convert.ToInt32(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) >= migration.Version)
                {
                    continue;
                }
            }

            using (DbCommand command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = migration.Sql + $"\nPRAGMA user_version = {migration.Version};";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // The seeder's own transaction (BEGIN IMMEDIATE) is the lock here.
        await afterMigration(connection, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<int> ReadSchemaVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public override string NoCase(string expression) => expression + " COLLATE NOCASE";

    public override string BindIds(string sql, DbCommand command, IReadOnlyList<long> ids)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(ids);
        var builder = new StringBuilder();
        for (int i = 0; i < ids.Count; i++)
        {
            string name = string.Create(CultureInfo.InvariantCulture, $"@id{i}");
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(name);
            command.AddParameter(name, ids[i]);
        }

        return sql.Replace("{ids}", builder.ToString(), StringComparison.Ordinal);
    }

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // A deferred transaction reads one snapshot without taking the write lock.
        DbTransaction transaction = ((SqliteConnection)connection).BeginTransaction(deferred: true);
        await Task.CompletedTask.ConfigureAwait(false);
        return transaction;
    }

    public override Task AfterExplicitIdsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task BeginBulkWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using DbCommand tuning = connection.CreateCommand();
        // One big transaction: a large page cache keeps index pages from spilling into the WAL over and
        // over, and a fresh synthetic database does not need a sync per spill.
        tuning.CommandText = "PRAGMA cache_size = -524288; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;";
        await tuning.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndBulkWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using DbCommand restore = connection.CreateCommand();
        // The connection goes back to the pool: give it the defaults again.
        restore.CommandText = "PRAGMA cache_size = -2000; PRAGMA synchronous = FULL; PRAGMA wal_checkpoint(TRUNCATE);";
        await restore.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask DisposeAsync()
    {
        _idle.Close();
        if (_memoryKeepAlive is not null)
        {
            await _memoryKeepAlive.DisposeAsync().ConfigureAwait(false);
        }

        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }
}
