namespace NmnGraph.Server.Store;

/// <summary>How <see cref="NmnDatabase.OpenAsync"/> prepares a database.</summary>
public sealed record NmnDatabaseOptions
{
    /// <summary>Import the embedded seed corpus into a database that has never been seeded and holds nothing.</summary>
    public bool SeedCorpus { get; init; } = true;

    /// <summary>How long a statement waits for a lock held by another connection.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many matches a search ranks by bm25: the newest this many; the rest follow newest first. Ranking reads
    /// every candidate's positions (about 1.5 µs a row), so a common word in 100,000 rows would take 150 ms.
    /// </summary>
    public int SearchRankingWindow { get; init; } = 2000;

    /// <summary>Apply only the migrations up to this version (tests build old databases with it).</summary>
    public int? MigrateToVersion { get; init; }

    /// <summary>
    /// Called inside an import's transaction, after its rows are written and before the commit, with the new
    /// slug. Only fault-injection tests set it (a process killed mid-transaction); no command does.
    /// </summary>
    internal Action<string>? InsideImportTransaction { get; init; }
}
