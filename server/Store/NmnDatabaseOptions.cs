using System.Data.Common;

namespace NmnGraph.Server.Store;

/// <summary>How <see cref="NmnDatabase.OpenAsync"/> prepares a database.</summary>
public sealed record NmnDatabaseOptions
{
    /// <summary>
    /// Run after the migrations, under the same lock (so replicas starting together run it once), when the database is
    /// at the latest version. The host passes its seeding here (<c>CorpusSeeder.SeedIfNewAsync</c>); null runs nothing.
    /// </summary>
    public Func<NmnDatabase, DbConnection, CancellationToken, Task>? Seed { get; init; }

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
