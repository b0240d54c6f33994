using System.Data.Common;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>
/// What differs between the database engines behind <see cref="NmnDatabase"/>: how to connect, how to migrate
/// and seed once, the few SQL fragments that are not portable, full-text search, and how committed changes
/// reach subscribers. Everything else (repositories, filters, paging, backup) is written once over ADO.NET.
/// </summary>
public abstract class StoreBackend : IAsyncDisposable
{
    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The database file, or the URL without its password: safe to print.</summary>
    public abstract string Location { get; }

    /// <summary>How many ids one batched statement takes.</summary>
    public abstract int IdBatchSize { get; }

    /// <summary>Opens a pooled connection ready for use.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies the missing migrations up to <paramref name="targetVersion"/> and then runs <paramref name="afterMigration"/>
    /// (seeding), all while holding the engine's migration lock, so that processes starting together do both once.
    /// </summary>
    public abstract Task InitializeAsync(int targetVersion, Func<DbConnection, CancellationToken, Task> afterMigration, CancellationToken cancellationToken);

    /// <summary>The applied schema version.</summary>
    public abstract Task<int> ReadSchemaVersionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The newest schema version this engine's migrations know.</summary>
    public abstract int LatestVersion { get; }

    /// <summary>A case-insensitive key for comparing or ordering text (<c>COLLATE NOCASE</c>, <c>lower(…)</c>).</summary>
    public abstract string NoCase(string expression);

    /// <summary>The case-insensitive <c>LIKE</c> operator.</summary>
    public abstract string Like { get; }

    /// <summary>Replaces <c>IN ({ids})</c> in <paramref name="sql"/> with this engine's batch condition and binds the ids.</summary>
    public abstract string BindIds(string sql, DbCommand command, IReadOnlyList<long> ids);

    /// <summary>A read transaction that sees one consistent snapshot (export).</summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>After rows were written with explicit ids (restore, generate): let new rows continue after them.</summary>
    public abstract Task AfterExplicitIdsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Makes a large one-transaction bulk write cheaper (generate); <see cref="EndBulkWriteAsync"/> undoes it.</summary>
    public virtual Task BeginBulkWriteAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task EndBulkWriteAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Hands committed changes to every subscriber of every process on this database. The default delivers them in
    /// this process only (one SQLite file has one server).
    /// </summary>
    public virtual Task PublishAsync(IReadOnlyList<CorpusChange> changes, CancellationToken cancellationToken)
    {
        Deliver?.Invoke(changes);
        return Task.CompletedTask;
    }

    /// <summary>Set by <see cref="NmnDatabase"/>: raises its <see cref="NmnDatabase.Changed"/> event.</summary>
    internal Action<IReadOnlyList<CorpusChange>>? Deliver { get; set; }

    /// <summary>Starts whatever runs beside the pool (the PostgreSQL change listener).</summary>
    public virtual Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract ValueTask DisposeAsync();
}
