namespace NmnGraph.Server.Store;

/// <summary>How <see cref="NmnDatabase.OpenAsync"/> prepares a database.</summary>
public sealed record NmnDatabaseOptions
{
    /// <summary>Import the embedded seed corpus into a database that has never been seeded and holds nothing.</summary>
    public bool SeedCorpus { get; init; } = true;

    /// <summary>How long a statement waits for a lock held by another connection.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Apply only the migrations up to this version (tests build old databases with it).</summary>
    public int? MigrateToVersion { get; init; }

    /// <summary>
    /// Called inside an import's transaction, after its rows are written and before the commit, with the new
    /// slug. Only fault-injection tests set it (a process killed mid-transaction); no command does.
    /// </summary>
    internal Action<string>? InsideImportTransaction { get; init; }
}
