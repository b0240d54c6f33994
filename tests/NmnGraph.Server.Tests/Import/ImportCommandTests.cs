using System.CommandLine;
using NmnGraph.Server.Cli;

namespace NmnGraph.Server.Tests.Import;

/// <summary><c>nmngraph import</c>: the per-file report and <c>--dry-run</c>.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public async Task Import_reports_per_file_where_each_field_was_found_and_which_studies_were_linked_or_created()
    {
        using var directory = new TempDirectory();
        string db = directory.File("cli.db");
        (int exit, _, string error) = await RunAsync("import", LayoutFixtures.Path("boilerplate-before-title.txt"), LayoutFixtures.Path("no-title.txt"), "--db", db);
        Assert.Equal(0, exit);
        Assert.Contains(
            "  title: line 5 (after boilerplate; suffix 'Industry News | Example Longevity' stripped) \"NMN and the ageing ovary: what mouse studies suggest\", "
            + "date: line 7 (date line) Mar 5, 2024 → 2024-03-05, author: line 7 (after the date) \"Jane Roe\", "
            + "column: line 5 (page-title suffix) \"Industry News\", captions: 1 (▲), ending: complete\n",
            error, StringComparison.Ordinal);
        Assert.Contains("  studies: doi:10.1093/gerona/glac175 → 'lu-2023-gerona' (linked)\n", error, StringComparison.Ordinal);
        Assert.Contains(
            "  title: not found: the text starts with a paragraph, date: not found, author: not found, column: not found, captions: none, ending: complete\n",
            error, StringComparison.Ordinal);
        Assert.Contains("  studies: doi:10.5555/nmn.example.2024.001 → 'doi-10-5555-nmn-example-2024-001' (created, unverified)\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_shows_what_would_be_stored_and_writes_nothing()
    {
        using var directory = new TempDirectory();
        string db = directory.File("cli.db");
        Assert.Equal(0, (await RunAsync("import", LayoutFixtures.Path("truncated.txt"), "--db", db)).Exit);
        string[] tables = ["articles", "blocks", "studies", "citations"];
        long[] before = [.. tables.Select(t => Db.Scalar(db, $"SELECT count(*) FROM {t}"))];

        (int exit, string output, string error) = await RunAsync(
            "import", "--dry-run", LayoutFixtures.Path("boilerplate-before-title.txt"), LayoutFixtures.Path("no-title.txt"), LayoutFixtures.Path("truncated.txt"), "--db", db);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("[1/3] boilerplate-before-title.txt: dry run: would import a new article (nothing written)", error, StringComparison.Ordinal);
        Assert.Contains("  studies: doi:10.1093/gerona/glac175 → would link 'lu-2023-gerona'\n", error, StringComparison.Ordinal);
        Assert.Contains("  studies: doi:10.5555/nmn.example.2024.001 → would create 'doi-10-5555-nmn-example-2024-001' (unverified, identifier only)\n", error, StringComparison.Ordinal);
        Assert.Contains("[3/3] truncated.txt: dry run: already stored as 'nmn-and-hearing-loss-in-mice', nothing would change", error, StringComparison.Ordinal);
        Assert.Contains("ending: truncated (line 9 stops mid-sentence)", error, StringComparison.Ordinal);
        Assert.Equal(before, tables.Select(t => Db.Scalar(db, $"SELECT count(*) FROM {t}")));
    }

    [Fact]
    public async Task A_dry_run_without_a_database_creates_none()
    {
        using var directory = new TempDirectory();
        string db = directory.File("absent.db");
        (int exit, _, string error) = await RunAsync("import", "--dry-run", LayoutFixtures.Path("no-title.txt"), "--db", db);
        Assert.Equal(0, exit);
        Assert.Contains("no database at", error, StringComparison.Ordinal);
        Assert.Contains("studies (not looked up, no database): doi:10.5555/nmn.example.2024.001", error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = await CliApplication.RunAsync(args, new InvocationConfiguration { Output = output, Error = error }, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
