using System.CommandLine;
using System.Text;
using NmnGraph.Server.Backup;
using NmnGraph.Server.Cli;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Generate;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary>Moving data between the engines: backups, generated corpora and the migrate command read the same on both.</summary>
public sealed class CrossEngineTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [SkippableFact]
    public async Task Export_from_sqlite_restore_into_postgres_and_back_is_byte_identical()
    {
        byte[] fromSqlite;
        await using (NmnDatabase source = await Db.SeededAsync(TestBackend.Sqlite, _directory))
        {
            ClaimRecord claim = (await source.Claims.GetBySlugAsync("bone-headline-nmn-promotes-bone-formation", CancellationToken.None))!;
            await source.Curation.UpdateClaimAsync(new ClaimUpdate(claim.Id, Caveats: ["Mice are not people.", "Ünïcödé “quotes” ✓"]), CancellationToken.None);
            fromSqlite = await ExportAsync(source);
        }

        byte[] fromPostgres;
        await using (NmnDatabase postgres = await Db.EmptyAsync(TestBackend.Postgres, _directory))
        {
            await RestoreAsync(postgres, fromSqlite);
            fromPostgres = await ExportAsync(postgres);
            Assert.Equal(Encoding.UTF8.GetString(fromSqlite), Encoding.UTF8.GetString(fromPostgres));

            // New rows continue after the restored ids, and the search index was rebuilt from the rows.
            long maxClaim = Db.Scalar(postgres.Path, "SELECT max(id) FROM claims");
            ClaimRecord added = await postgres.Curation.AddClaimAsync(new NewClaim("Added after a restore", ClaimKind.Background, false, [], [], []), CancellationToken.None);
            Assert.Equal(maxClaim + 1, added.Id);
            Assert.NotEmpty((await postgres.Search.SearchAsync("osteoporosis", new PageRequest(First: 5), CancellationToken.None)).Items);
            Db.AssertConsistent(postgres.Path);
        }

        await using NmnDatabase back = await NmnDatabase.OpenAsync(_directory.File("back.db"), new NmnDatabaseOptions(), CancellationToken.None);
        await RestoreAsync(back, fromPostgres);
        Assert.Equal(fromSqlite, await ExportAsync(back));
    }

    [SkippableFact]
    public async Task Generate_writes_the_same_corpus_on_both_engines()
    {
        await using NmnDatabase sqlite = await Db.EmptyAsync(TestBackend.Sqlite, _directory);
        await using NmnDatabase postgres = await Db.EmptyAsync(TestBackend.Postgres, _directory);
        await CorpusGenerator.GenerateAsync(sqlite, 40, 11, null, CancellationToken.None);
        await CorpusGenerator.GenerateAsync(postgres, 40, 11, null, CancellationToken.None);
        Assert.Equal(Encoding.UTF8.GetString(await ExportAsync(sqlite)), Encoding.UTF8.GetString(await ExportAsync(postgres)));
        Assert.Equal(
            ((await sqlite.Search.SearchAsync("study", new PageRequest(First: 1000), CancellationToken.None)).Items).Select(h => (h.Kind, h.EntityId)).Order(),
            ((await postgres.Search.SearchAsync("study", new PageRequest(First: 1000), CancellationToken.None)).Items).Select(h => (h.Kind, h.EntityId)).Order());
    }

    [SkippableFact]
    public async Task Migrate_applies_the_schema_without_seeding_and_export_reads_a_url()
    {
        string url = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync();
        (int exit, string output, string error) = await RunAsync("migrate", "--db", url);
        Assert.True(exit == 0, error);
        Assert.Equal($"nmngraph: '{url}' is at schema version {Migrations.LatestVersion}.\n", output.ReplaceLineEndings("\n"));
        Assert.Equal(Migrations.LatestVersion, Db.Scalar(url, "SELECT version FROM nmngraph_schema"));
        Assert.Equal(0, Db.Scalar(url, "SELECT count(*) FROM articles"));

        (exit, output, error) = await RunAsync("export", "--db", url);
        Assert.True(exit == 0, error);
        Assert.Contains("\"format\": \"nmngraph-backup\"", output, StringComparison.Ordinal);

        (exit, _, error) = await RunAsync("migrate", "--db", "postgres://nobody@127.0.0.1:1/nothing?sslmode=sometimes");
        Assert.Equal(1, exit);
        Assert.Equal("nmngraph: The database URL 'postgres://nobody@127.0.0.1:1/nothing?sslmode=sometimes' is not valid: sslmode 'sometimes' is not one of disable, allow, prefer, require, verify-ca, verify-full.\n",
            error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Both_engines_know_the_same_schema_versions()
    {
        // A migration added for one engine needs its twin for the other (backups carry the version).
        Assert.Equal(Migrations.All.Select(m => (m.Version, m.Name)), NmnGraph.Server.Store.Postgres.PostgresMigrations.All.Select(m => (m.Version, m.Name)));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = await CliApplication.RunAsync(args, new InvocationConfiguration { Output = output, Error = error }, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task RestoreAsync(NmnDatabase database, byte[] backup)
    {
        using var input = new MemoryStream(backup);
        await BackupService.RestoreAsync(database, input, CancellationToken.None);
    }

    private static async Task<byte[]> ExportAsync(NmnDatabase database)
    {
        using var output = new MemoryStream();
        await BackupService.ExportAsync(database, output, CancellationToken.None);
        return output.ToArray();
    }
}
