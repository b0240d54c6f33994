using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Npgsql;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store.Postgres;

/// <summary>
/// PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>: migrations and seeding under an advisory lock,
/// batches as <c>= ANY(@ids)</c>, full-text search with <c>tsvector</c> (<see cref="PostgresSearch"/>), and changes published with
/// <c>NOTIFY</c> so that every replica's subscribers hear of them (<see cref="PostgresChangeListener"/>).
/// </summary>
public sealed class PostgresBackend : StoreBackend
{
    /// <summary>The channel that carries committed changes between replicas.</summary>
    public const string ChangeChannel = "nmngraph_changes";

    // Any constant identifies "nmngraph migrates this database" among the advisory locks of other applications.
    private const long MigrationLockKey = 0x6E6D6E67_72617068;

    // NOTIFY payloads are limited to 8000 bytes: changes go out in groups well under that.
    private const int ChangesPerNotification = 100;

    private static readonly string[] s_identityTables = ["topics", "articles", "studies", "citations", "claims", "mentions", "evidence", "corrections"];

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresChangeListener _listener;

    // Tells this process's notifications from other replicas'.
    private readonly Guid _origin = Guid.NewGuid();

    private PostgresBackend(NpgsqlDataSource dataSource, string location)
    {
        _dataSource = dataSource;
        Location = location;
        _listener = new PostgresChangeListener(dataSource, ChangeChannel, _origin, changes => Deliver?.Invoke(changes));
    }

    public override string Kind => "postgres";

    public override string Location { get; }

    public override int IdBatchSize => 10_000;

    public override int LatestVersion => PostgresMigrations.LatestVersion;

    public override string Like => "ILIKE";

    public static PostgresBackend Create(NpgsqlConnectionStringBuilder connection, NmnDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new NpgsqlDataSourceBuilder(connection.ConnectionString);
        return new PostgresBackend(builder.Build(), PostgresUrl.Redact(connection));
    }

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task InitializeAsync(int targetVersion, Func<DbConnection, CancellationToken, Task> afterMigration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(afterMigration);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Session-level: replicas starting together wait here, and the first one migrates and seeds.
        // A migration rewrites whole tables (minutes at 100,000 articles), and a replica waits for another's: neither may
        // be cut short by the URL's statement_timeout (nor by Npgsql's command timeout, see ExecuteAsync).
        await ExecuteAsync(connection, null, "SET statement_timeout = 0", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "SELECT pg_advisory_lock(@key)", cancellationToken, ("key", MigrationLockKey)).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS nmngraph_schema (version INTEGER NOT NULL)", cancellationToken).ConfigureAwait(false);
            int current = await ReadSchemaVersionAsync(connection, cancellationToken).ConfigureAwait(false);
            if (current > PostgresMigrations.LatestVersion)
            {
                throw new StoreException("SCHEMA_TOO_NEW",
                    $"The database '{Location}' has schema version {current}, newer than this nmngraph knows ({PostgresMigrations.LatestVersion}); upgrade nmngraph.");
            }

            foreach (Migration migration in PostgresMigrations.All)
            {
                if (migration.Version <= current || migration.Version > targetVersion)
                {
                    continue;
                }

                await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, "DELETE FROM nmngraph_schema; INSERT INTO nmngraph_schema (version) VALUES (@version)", cancellationToken,
                    ("version", migration.Version)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            await afterMigration(connection, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(@key)", CancellationToken.None, ("key", MigrationLockKey)).ConfigureAwait(false);
            await ExecuteAsync(connection, null, "RESET statement_timeout", CancellationToken.None).ConfigureAwait(false);
        }
    }

    public override async Task<int> ReadSchemaVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(version), 0) FROM nmngraph_schema";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public override string NoCase(string expression) => $"lower({expression})";

    public override string BindIds(string sql, DbCommand command, IReadOnlyList<long> ids)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(ids);
        command.AddParameter("@ids", ids.ToArray());
        return sql.Replace("IN ({ids})", "= ANY(@ids)", StringComparison.Ordinal);
    }

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
    }

    public override async Task AfterExplicitIdsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var sql = new StringBuilder();
        foreach (string table in s_identityTables)
        {
            sql.Append(CultureInfo.InvariantCulture,
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce((SELECT max(id) FROM {table}), 0) + 1, false);\n");
        }

        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task PublishAsync(IReadOnlyList<CorpusChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        // This process's subscribers hear at once, as on SQLite; the other replicas through their listeners.
        Deliver?.Invoke(changes);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (CorpusChange[] group in changes.Chunk(ChangesPerNotification))
        {
            await ExecuteAsync(connection, null, "SELECT pg_notify(@channel, @payload)", cancellationToken,
                ("channel", ChangeChannel), ("payload", ChangeMessage.Write(_origin, group))).ConfigureAwait(false);
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken) => _listener.StartAsync(cancellationToken);

    public override async ValueTask DisposeAsync()
    {
        await _listener.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        // No client-side timeout: these are migrations, the migration lock and notifications; cancellation stops them.
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        foreach ((string name, object value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
