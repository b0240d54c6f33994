using System.Data.Common;
using System.Globalization;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Search;
using NmnGraph.Server.Store.Postgres;

namespace NmnGraph.Server.Store;

/// <summary>
/// The NmnGraph database: a connection factory over one <see cref="StoreBackend"/> (a SQLite file or a
/// PostgreSQL database), migrated on open and seeded with the embedded corpus when new, plus the repositories
/// that read and write it. Thread-safe: every call opens its own pooled connection.
/// </summary>
public sealed partial class NmnDatabase : IAsyncDisposable, IDisposable
{
    private long _statementCount;

    private NmnDatabase(StoreBackend backend, NmnDatabaseOptions options)
    {
        Backend = backend;
        Options = options;
        backend.Deliver = RaiseLocally;
        Articles = new ArticleRepository(this);
        Studies = new StudyRepository(this);
        Claims = new ClaimRepository(this);
        Topics = new TopicRepository(this);
        Search = new SearchRepository(this);
        Curation = new CurationRepository(this);
    }

    /// <summary>
    /// Raised for each committed change (never for a rolled-back one): on the writing thread for SQLite, from the
    /// change listener for PostgreSQL, where it also reports changes made by other processes.
    /// </summary>
    public event EventHandler<CorpusChange>? Changed;

    /// <summary>The database file, <c>:memory:</c>, or the PostgreSQL URL without its password.</summary>
    public string Path => Backend.Location;

    public StoreBackend Backend { get; }

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

    /// <summary>True when <paramref name="location"/> names a PostgreSQL database rather than a file.</summary>
    public static bool IsPostgresUrl(string location) => PostgresUrl.IsPostgresUrl(location);

    /// <summary>
    /// Opens (creating if needed) the database at <paramref name="location"/>: a file path (<c>:memory:</c> for a
    /// private in-memory one) or a <c>postgres://</c> URL; applies the missing migrations and, when asked and the
    /// database was never seeded, imports the embedded corpus.
    /// </summary>
    public static async Task<NmnDatabase> OpenAsync(string location, NmnDatabaseOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        ArgumentNullException.ThrowIfNull(options);
        StoreBackend backend = IsPostgresUrl(location)
            ? PostgresBackend.Create(PostgresUrl.Parse(location), options)
            : await SqliteBackend.CreateAsync(location, options.BusyTimeout, cancellationToken).ConfigureAwait(false);
        var database = new NmnDatabase(backend, options);
        try
        {
            await database.InitializeAsync(cancellationToken).ConfigureAwait(false);
            await backend.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return database;
    }

    /// <summary>Opens a pooled connection.</summary>
    public Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => Backend.OpenConnectionAsync(cancellationToken);

    /// <summary>Creates a command and counts it in <see cref="StatementCount"/>.</summary>
    public DbCommand CreateCommand(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Interlocked.Increment(ref _statementCount);
        DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>The applied schema version.</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Backend.ReadSchemaVersionAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts of articles, studies, claims, mentions and topics, in one statement.</summary>
    public async Task<CorpusStatsRecord> GetStatsAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = CreateCommand(connection, """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM studies), (SELECT count(*) FROM claims),
                   (SELECT count(*) FROM mentions), (SELECT count(*) FROM topics)
            """);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new CorpusStatsRecord(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
    }

    /// <summary>True when the database answers a trivial statement (readiness checks).</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = CreateCommand(connection, "SELECT 1");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>True when no content table holds a row.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await IsEmptyAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await Backend.DisposeAsync().ConfigureAwait(false);

    public void Dispose() => Backend.DisposeAsync().AsTask().GetAwaiter().GetResult();

    internal void NoteStatement() => Interlocked.Increment(ref _statementCount);

    /// <summary>Publishes committed changes: to this process's subscribers and, on PostgreSQL, to every replica's.</summary>
    internal Task PublishChangesAsync(IReadOnlyList<CorpusChange> changes) => Backend.PublishAsync(changes, CancellationToken.None);

    internal async Task<bool> IsEmptyAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using DbCommand command = CreateCommand(connection, """
            SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM studies)
               AND NOT EXISTS (SELECT 1 FROM claims) AND NOT EXISTS (SELECT 1 FROM topics) THEN 1 ELSE 0 END
            """, transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1;
    }

    private void RaiseLocally(IReadOnlyList<CorpusChange> changes)
    {
        foreach (CorpusChange change in changes)
        {
            Changed?.Invoke(this, change);
        }
    }

    private Task InitializeAsync(CancellationToken cancellationToken)
    {
        int target = Options.MigrateToVersion ?? Backend.LatestVersion;
        Func<NmnDatabase, DbConnection, CancellationToken, Task>? seed = target == Backend.LatestVersion ? Options.Seed : null;
        return Backend.InitializeAsync(target,
            (connection, ct) => seed is null ? Task.CompletedTask : seed(this, connection, ct),
            cancellationToken);
    }
}
