using System.Text;
using NmnGraph.Server.Backup;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Tests.Backup;

public sealed class BackupTests
{
    [Fact]
    public async Task Export_restore_export_is_byte_identical()
    {
        using var directory = new TempDirectory();
        byte[] first;
        await using (NmnDatabase source = await Db.SeededAsync(directory, "source.db"))
        {
            // Curated rows too, so that the backup holds more than the seed.
            ClaimRecord claim = (await source.Claims.GetBySlugAsync("bone-headline-nmn-promotes-bone-formation", CancellationToken.None))!;
            await source.Curation.UpdateClaimAsync(new ClaimUpdate(claim.Id, Caveats: ["Mice are not people.", "Ünïcödé “quotes” ✓"]), CancellationToken.None);
            first = await ExportAsync(source);
        }

        string restoredPath = directory.File("restored.db");
        await using (NmnDatabase restored = await Db.EmptyAsync(directory, "restored.db"))
        {
            using var input = new MemoryStream(first);
            int rows = await BackupService.RestoreAsync(restored, input, CancellationToken.None);
            Assert.True(rows > 200);
            byte[] second = await ExportAsync(restored);
            Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
            Assert.Equal(first, second);

            // The search index is rebuilt from the restored rows.
            Assert.NotEmpty((await restored.Search.SearchAsync("osteoporosis", new PageRequest(First: 5), CancellationToken.None)).Items);
        }

        Db.AssertConsistent(restoredPath);
    }

    [Fact]
    public async Task Restore_refuses_a_database_that_holds_anything()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        byte[] backup = await ExportAsync(database);
        using var input = new MemoryStream(backup);
        StoreException error = await Assert.ThrowsAsync<StoreException>(() => BackupService.RestoreAsync(database, input, CancellationToken.None));
        Assert.Equal("NOT_EMPTY", error.Code);
        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal(46, (await database.GetStatsAsync(CancellationToken.None)).Claims);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"format": "something-else", "schemaVersion": 2, "tables": {}}""")]
    [InlineData("""{"format": "nmngraph-backup", "schemaVersion": 99, "tables": {}}""")]
    [InlineData("""{"format": "nmngraph-backup", "schemaVersion": 2, "tables": {"users": {"columns": ["id"], "rows": []}}}""")]
    [InlineData("""{"format": "nmngraph-backup", "schemaVersion": 2, "tables": {"topics": {"columns": ["id", "slug", "label", "parent_id"], "rows": [[1, "a", "A", null], [2, "b", "B", 77]]}}}""")]
    [InlineData("""{"format": "nmngraph-backup", "schemaVersion": 2, "tables": {"topics": {"columns": ["id", "slug); DROP TABLE claims; --"], "rows": []}}}""")]
    public async Task A_bad_backup_is_refused_and_leaves_the_database_empty(string json)
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.EmptyAsync(directory);
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));
        StoreException error = await Assert.ThrowsAsync<StoreException>(() => BackupService.RestoreAsync(database, input, CancellationToken.None));
        Assert.Equal("BAD_BACKUP", error.Code);
        Assert.True(await database.IsEmptyAsync(CancellationToken.None));
        Db.AssertConsistent(directory.File("empty.db"));
    }

    private static async Task<byte[]> ExportAsync(NmnDatabase database)
    {
        using var output = new MemoryStream();
        await BackupService.ExportAsync(database, output, CancellationToken.None);
        return output.ToArray();
    }
}
