using System.CommandLine;
using NmnGraph.Server.Cli;
using NmnGraph.Server.Corpus;

namespace NmnGraph.Server.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public async Task Import_reports_each_bad_file_and_still_imports_the_good_ones()
    {
        using var directory = new TempDirectory();
        string db = directory.File("cli.db");
        string good = directory.File("good.txt");
        string empty = directory.File("empty.txt");
        string binary = directory.File("image.png");
        string titleOnly = directory.File("title-only.txt");
        await File.WriteAllBytesAsync(good, SeedCorpus.ReadArticleBytes("000_34fbef7eb676252b.txt"));
        await File.WriteAllBytesAsync(empty, []);
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        await File.WriteAllTextAsync(titleOnly, "Nothing but a title");
        string other = directory.File("other.txt");
        await File.WriteAllTextAsync(other, "Another article\n\nNMN was given to volunteers in a small trial, the article says.\n");

        (int exit, string output, string error) = await RunAsync("import", empty, good, binary, titleOnly, other, good, directory.File("missing.txt"), "--db", db);
        Assert.Equal(1, exit);
        Assert.Contains("empty.txt: not imported: the file is empty", error, StringComparison.Ordinal);
        Assert.Contains("image.png: not imported: the file is binary", error, StringComparison.Ordinal);
        Assert.Contains("title-only.txt: not imported: no article body", error, StringComparison.Ordinal);
        Assert.Contains("missing.txt: not imported:", error, StringComparison.Ordinal);
        Assert.Contains("[2/7] good.txt: already stored as 'nmn-bone-formation'", error, StringComparison.Ordinal);
        Assert.Contains("[5/7] other.txt: imported as 'another-article'", error, StringComparison.Ordinal);
        Assert.Contains("[6/7] good.txt: already stored", error, StringComparison.Ordinal);
        Assert.Contains("4 of 7 file(s) could not be imported", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        // Seeded (2) plus the one new article.
        Assert.Equal(3, Db.Scalar(db, "SELECT count(*) FROM articles"));
        Db.AssertConsistent(db);
    }

    [Fact]
    public async Task Export_restore_export_through_the_command_line_is_byte_identical()
    {
        using var directory = new TempDirectory();
        string source = directory.File("source.db");
        string backup = directory.File("backup.json");
        string copy = directory.File("copy.db");
        string again = directory.File("again.json");
        Assert.Equal(0, (await RunAsync("import", WriteSeed(directory), "--db", source)).Exit);
        Assert.Equal(0, (await RunAsync("export", "--output", backup, "--db", source)).Exit);
        Assert.Equal(0, (await RunAsync("restore", backup, "--db", copy)).Exit);
        Assert.Equal(0, (await RunAsync("export", "-o", again, "--db", copy)).Exit);
        Assert.Equal(await File.ReadAllBytesAsync(backup), await File.ReadAllBytesAsync(again));

        (int exit, _, string error) = await RunAsync("restore", backup, "--db", copy);
        Assert.Equal(1, exit);
        Assert.Contains("is not empty", error, StringComparison.Ordinal);

        (int stdoutExit, string json, _) = await RunAsync("export", "--db", copy);
        Assert.Equal(0, stdoutExit);
        Assert.Equal(File.ReadAllText(again).TrimEnd(), json.TrimEnd());
    }

    [Fact]
    public async Task A_failed_restore_into_a_new_file_leaves_no_database_behind()
    {
        using var directory = new TempDirectory();
        string backup = directory.File("bad.json");
        await File.WriteAllTextAsync(backup, "{\"format\": \"other\"}");
        (int exit, _, string error) = await RunAsync("restore", backup, "--db", directory.File("new.db"));
        Assert.Equal(1, exit);
        Assert.Contains("not an nmngraph backup", error, StringComparison.Ordinal);
        Assert.False(File.Exists(directory.File("new.db")));
    }

    [Theory]
    [InlineData("export", "--nope")]
    [InlineData("import", "--nope")]
    [InlineData("frobnicate")]
    [InlineData("generate", "--db", "x.db")]
    [InlineData("generate", "--articles", "ten", "--db", "x.db")]
    [InlineData("generate", "--articles", "-5", "--db", "x.db")]
    [InlineData("restore")]
    [InlineData("serve", "--log-format", "xml")]
    public async Task Wrong_usage_gets_a_message_and_a_non_zero_exit(params string[] args)
    {
        (int exit, string output, string error) = await RunAsync(args);
        Assert.NotEqual(0, exit);
        // One line that names the problem and where help is, not the help page.
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line, got:\n{error}");
        Assert.StartsWith("nmngraph: ", lines[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Theory]
    [InlineData("Unrecognized command or argument '--nope' (see 'nmngraph export --help')", "export", "--nope")]
    [InlineData("Unrecognized command or argument 'frobnicate' (see 'nmngraph --help')", "frobnicate")]
    [InlineData("Argument 'xml' not recognized. Must be one of: 'text' 'json' (see 'nmngraph serve --help')", "serve", "--log-format", "xml")]
    public async Task A_command_line_that_does_not_parse_exits_2_with_the_parser_message(string message, params string[] args)
    {
        (int exit, _, string error) = await RunAsync(args);
        Assert.Equal(CliApplication.UsageError, exit);
        Assert.Equal($"nmngraph: {message}.", error.TrimEnd());
    }

    [Fact]
    public async Task Export_of_a_missing_database_says_so()
    {
        using var directory = new TempDirectory();
        (int exit, _, string error) = await RunAsync("export", "--db", directory.File("nothing.db"));
        Assert.Equal(1, exit);
        Assert.Contains("no database at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(directory.File("nothing.db")));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_reported()
    {
        using var directory = new TempDirectory();
        string notDb = directory.File("text.db");
        await File.WriteAllTextAsync(notDb, new string('x', 4096));
        (int exit, _, string error) = await RunAsync("import", WriteSeed(directory), "--db", notDb);
        Assert.Equal(1, exit);
        Assert.Contains("database error", error, StringComparison.Ordinal);
    }

    private static string WriteSeed(TempDirectory directory)
    {
        string file = directory.File("seed.txt");
        File.WriteAllBytes(file, SeedCorpus.ReadArticleBytes("003_b7b98393a667c055.txt"));
        return file;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = await CliApplication.RunAsync(args, new InvocationConfiguration { Output = output, Error = error }, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
