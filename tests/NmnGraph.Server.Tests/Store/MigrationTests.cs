using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Tests.Store;

public sealed class MigrationTests
{
    [Fact]
    public async Task Fresh_database_gets_every_migration_wal_and_foreign_keys()
    {
        using var directory = new TempDirectory();
        string path = directory.File("fresh.db");
        await using (NmnDatabase database = await Db.EmptyAsync(directory, "fresh.db"))
        {
            Assert.Equal(Migrations.LatestVersion, await database.GetSchemaVersionAsync(CancellationToken.None));
            await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_keys";
            Assert.Equal(1L, await command.ExecuteScalarAsync());
            command.CommandText = "PRAGMA busy_timeout";
            Assert.True((long)(await command.ExecuteScalarAsync())! >= 1000);
        }

        Assert.Equal("wal", Db.Query(path, "PRAGMA journal_mode")[0][0]);
        Assert.Equal(Migrations.LatestVersion, Db.Scalar(path, "PRAGMA user_version"));
        Db.AssertConsistent(path);
    }

    [Fact]
    public async Task Older_database_is_migrated_without_losing_its_rows()
    {
        using var directory = new TempDirectory();
        string path = directory.File("v1.db");
        await using (NmnDatabase v1 = await NmnDatabase.OpenAsync(path, new NmnDatabaseOptions { MigrateToVersion = 1 }, CancellationToken.None))
        {
            Assert.Equal(1, await v1.GetSchemaVersionAsync(CancellationToken.None));
        }

        Assert.Empty(Db.Query(path, "SELECT name FROM sqlite_master WHERE name = 'search_index'"));
        using (var connection = Db.OpenRaw(path))
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO claims (id, slug, statement, kind, about_nmn, evidence_level) VALUES (7, 'old-claim', 'Sirtuins wake up after supplementation', 'BACKGROUND', 1, 'NONE');
                INSERT INTO topics (id, slug, label) VALUES (3, 'old-topic', 'Old topic');
                INSERT INTO claim_topics (claim_id, topic_id) VALUES (7, 3);
                """;
            insert.ExecuteNonQuery();
        }

        await using (NmnDatabase current = await NmnDatabase.OpenAsync(path, new NmnDatabaseOptions(), CancellationToken.None))
        {
            Assert.Equal(Migrations.LatestVersion, await current.GetSchemaVersionAsync(CancellationToken.None));
            ClaimRecord? claim = await current.Claims.GetBySlugAsync("old-claim", CancellationToken.None);
            Assert.NotNull(claim);
            Assert.Equal(7, claim.Id);

            // The search migration indexed the rows that were already there.
            IReadOnlyList<SearchHitRecord> hits = (await current.Search.SearchAsync("sirtuins", new PageRequest(First: 10), CancellationToken.None)).Items;
            SearchHitRecord hit = Assert.Single(hits);
            Assert.Equal((EntityKind.Claim, 7L), (hit.Kind, hit.EntityId));

            // Not empty, so the seed corpus was not poured on top.
            Assert.Equal(1, (await current.GetStatsAsync(CancellationToken.None)).Claims);
        }

        Db.AssertConsistent(path);
    }

    [Fact]
    public async Task Opening_twice_applies_nothing_again_and_keeps_the_data()
    {
        using var directory = new TempDirectory();
        await using (NmnDatabase first = await Db.SeededAsync(directory))
        {
            Assert.Equal(46, (await first.GetStatsAsync(CancellationToken.None)).Claims);
        }

        await using NmnDatabase second = await Db.SeededAsync(directory);
        CorpusStatsRecord stats = await second.GetStatsAsync(CancellationToken.None);
        Assert.Equal((2, 2, 46, 8), (stats.Articles, stats.Studies, stats.Claims, stats.Topics));
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused()
    {
        using var directory = new TempDirectory();
        string path = directory.File("future.db");
        await (await Db.EmptyAsync(directory, "future.db")).DisposeAsync();
        using (var connection = Db.OpenRaw(path))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"PRAGMA user_version = {Migrations.LatestVersion + 1}";
            command.ExecuteNonQuery();
        }

        StoreException error = await Assert.ThrowsAsync<StoreException>(() => NmnDatabase.OpenAsync(path, new NmnDatabaseOptions(), CancellationToken.None));
        Assert.Equal("SCHEMA_TOO_NEW", error.Code);
    }

    [Fact]
    public async Task In_memory_database_is_migrated_and_seeded()
    {
        await using NmnDatabase database = await NmnDatabase.OpenAsync(":memory:", Db.Seeding, CancellationToken.None);
        Assert.Equal(2, (await database.GetStatsAsync(CancellationToken.None)).Articles);
    }
}
