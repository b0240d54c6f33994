using Microsoft.Data.Sqlite;
using NmnGraph.Server.Corpus;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Search;

namespace NmnGraph.Server.Store;

/// <summary>
/// The NmnGraph database: a connection factory over one SQLite file (WAL, foreign keys, busy timeout),
/// migrated on open and seeded with the embedded corpus when new, plus the repositories that read and
/// write it. Thread-safe: every call opens its own pooled connection.
/// </summary>
public sealed partial class NmnDatabase : IAsyncDisposable, IDisposable
{
    private readonly SqliteConnection? _memoryKeepAlive;
    private long _statementCount;

    private NmnDatabase(string path, string connectionString, NmnDatabaseOptions options, SqliteConnection? memoryKeepAlive)
    {
        Path = path;
        ConnectionString = connectionString;
        Options = options;
        _memoryKeepAlive = memoryKeepAlive;
        Articles = new ArticleRepository(this);
        Studies = new StudyRepository(this);
        Claims = new ClaimRepository(this);
        Topics = new TopicRepository(this);
        Search = new SearchRepository(this);
        Curation = new CurationRepository(this);
    }

    /// <summary>Raised after each committed change (never for a rolled-back one), on the writing thread.</summary>
    public event EventHandler<CorpusChange>? Changed;

    /// <summary>The database file, or <c>:memory:</c>.</summary>
    public string Path { get; }

    public string ConnectionString { get; }

    public NmnDatabaseOptions Options { get; }

    public ArticleRepository Articles { get; }

    public StudyRepository Studies { get; }

    public ClaimRepository Claims { get; }

    public TopicRepository Topics { get; }

    public SearchRepository Search { get; }

    /// <summary>Curation writes: import, claims, mentions, evidence, deletes.</summary>
    public CurationRepository Curation { get; }

    /// <summary>How many SQL commands the repositories have executed; lets the server prove it has no N+1.</summary>
    public long StatementCount => Interlocked.Read(ref _statementCount);

    public static Task<NmnDatabase> OpenAsync(string path, CancellationToken cancellationToken) =>
        OpenAsync(path, new NmnDatabaseOptions(), cancellationToken);

    /// <summary>
    /// Opens (creating if needed) the database at <paramref name="path"/> (<c>:memory:</c> for a private
    /// in-memory one), applies the missing migrations and, when asked and the database was never seeded,
    /// imports the embedded corpus.
    /// </summary>
    public static async Task<NmnDatabase> OpenAsync(string path, NmnDatabaseOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);

        bool inMemory = string.Equals(path, ":memory:", StringComparison.Ordinal);
        var builder = new SqliteConnectionStringBuilder
        {
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        };
        if (inMemory)
        {
            builder.DataSource = $"file:nmngraph-{Guid.NewGuid():N}?mode=memory&cache=shared";
        }
        else
        {
            string fullPath = System.IO.Path.GetFullPath(path);
            string? directory = System.IO.Path.GetDirectoryName(fullPath);
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

        var database = new NmnDatabase(path, builder.ToString(), options, keepAlive);
        try
        {
            await database.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return database;
    }

    /// <summary>
    /// Opens a pooled connection with foreign keys on and the busy timeout set; cancelling
    /// <paramref name="cancellationToken"/> interrupts the statement it runs (SQLITE_INTERRUPT).
    /// </summary>
    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new InterruptibleSqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using SqliteCommand pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {(long)Options.BusyTimeout.TotalMilliseconds};";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            connection.InterruptOn(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates a command and counts it in <see cref="StatementCount"/>.</summary>
    public SqliteCommand CreateCommand(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Interlocked.Increment(ref _statementCount);
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>The schema version (<c>PRAGMA user_version</c>).</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadUserVersionAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts of articles, studies, claims, mentions and topics, in one statement.</summary>
    public async Task<CorpusStatsRecord> GetStatsAsync(CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteCommand command = CreateCommand(connection, """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM studies), (SELECT count(*) FROM claims),
                   (SELECT count(*) FROM mentions), (SELECT count(*) FROM topics)
            """);
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new CorpusStatsRecord(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
    }

    /// <summary>True when no content table holds a row.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await IsEmptyAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_memoryKeepAlive is not null)
        {
            await _memoryKeepAlive.DisposeAsync().ConfigureAwait(false);
        }

        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
    }

    public void Dispose()
    {
        _memoryKeepAlive?.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
    }

    internal void NoteStatement() => Interlocked.Increment(ref _statementCount);

    internal void RaiseChanged(IReadOnlyList<CorpusChange> changes)
    {
        foreach (CorpusChange change in changes)
        {
            Changed?.Invoke(this, change);
        }
    }

    internal async Task<bool> IsEmptyAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = CreateCommand(connection, """
            SELECT NOT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM studies)
               AND NOT EXISTS (SELECT 1 FROM claims) AND NOT EXISTS (SELECT 1 FROM topics)
            """, transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static async Task<int> ReadUserVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using (SqliteCommand wal = connection.CreateCommand())
        {
            // Persistent for a file; a memory database ignores it.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
        if (Options.SeedCorpus && (Options.MigrateToVersion ?? Migrations.LatestVersion) == Migrations.LatestVersion)
        {
            await CorpusSeeder.SeedIfNewAsync(this, connection, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        int target = Options.MigrateToVersion ?? Migrations.LatestVersion;
        int current = await ReadUserVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (current > Migrations.LatestVersion)
        {
            throw new StoreException("SCHEMA_TOO_NEW",
                $"The database '{Path}' has schema version {current}, newer than this nmngraph knows ({Migrations.LatestVersion}); upgrade nmngraph.");
        }

        foreach (Migration migration in Migrations.All)
        {
            if (migration.Version <= current || migration.Version > target)
            {
                continue;
            }

            // BEGIN IMMEDIATE takes the write lock first, so two processes opening a new file do not both migrate.
            await using SqliteTransaction transaction = connection.BeginTransaction();
            int now = await ReadUserVersionInTransactionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (now >= migration.Version)
            {
                continue;
            }

            using (SqliteCommand command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = migration.Sql + $"\nPRAGMA user_version = {migration.Version};";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> ReadUserVersionInTransactionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }
}
