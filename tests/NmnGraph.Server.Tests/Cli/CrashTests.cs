using System.Diagnostics;
using NmnGraph.Server.Corpus;
using NmnGraph.Server.Import;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Tests.Cli;

public sealed class CrashTests
{
    [Fact]
    public async Task A_process_killed_inside_an_import_transaction_leaves_the_database_consistent()
    {
        using var directory = new TempDirectory();
        string path = directory.File("crash.db");
        await (await Db.SeededAsync(directory, "crash.db")).DisposeAsync();
        string article = directory.File("article.txt");
        await File.WriteAllTextAsync(article, "A brand new article\n\nRelease time: 2024-05-05\n\n" +
            string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Paragraph {i} says that NMN does something to cells number {i}.")));

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NmnGraph.Server.Tests.dll"));
        start.ArgumentList.Add("crash-import");
        start.ArgumentList.Add(article);
        start.ArgumentList.Add(path);
        using Process process = Process.Start(start)!;
        // Drain standard error concurrently so that the child never blocks on a full pipe.
        Task<string> errors = process.StandardError.ReadToEndAsync();
        try
        {
            // Pipe reads ignore cancellation, so the deadline is a race rather than a token.
            Task<string?> marker = ReadUntilMarkerAsync(process.StandardOutput);
            Task finished = await Task.WhenAny(marker, Task.Delay(TimeSpan.FromSeconds(120)));
            Assert.True(finished == marker, "The import did not reach its transaction in time.");
            string? line = await marker;
            if (line is null)
            {
                await process.WaitForExitAsync();
                Assert.Fail("The import ended before its transaction: " + await errors);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await errors;
        }

        Db.AssertConsistent(path);
        Assert.Equal(2, Db.Scalar(path, "SELECT count(*) FROM articles"));
        Assert.Equal(0, Db.Scalar(path, "SELECT count(*) FROM articles WHERE slug = 'a-brand-new-article'"));
        Assert.Equal(0, Db.Scalar(path, "SELECT count(*) FROM blocks WHERE article_id NOT IN (SELECT id FROM articles)"));

        // The database stays usable: the same import now goes through.
        await using NmnDatabase database = await NmnDatabase.OpenAsync(path, new NmnDatabaseOptions(), CancellationToken.None);
        ImportResult result = await new ArticleImporter(database).ImportAsync(await File.ReadAllTextAsync(article), null, CancellationToken.None);
        Assert.True(result.Created);
        Assert.Equal(3, (await database.GetStatsAsync(CancellationToken.None)).Articles);
        Assert.NotEmpty(SeedCorpus.ArticleFiles);
    }

    private static async Task<string?> ReadUntilMarkerAsync(StreamReader output)
    {
        string? line;
        do
        {
            line = await output.ReadLineAsync();
        }
        while (line is not null && !line.StartsWith(CrashImportProgram.Marker, StringComparison.Ordinal));

        return line;
    }
}
