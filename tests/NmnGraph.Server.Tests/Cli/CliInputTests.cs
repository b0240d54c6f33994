using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using NmnGraph.Server.Cli;
using NmnGraph.Server.Corpus;

namespace NmnGraph.Server.Tests.Cli;

/// <summary>Command-line input that used to get a .NET type name, a stack trace or the wrong effect.</summary>
public sealed class CliInputTests
{
    [Theory]
    [InlineData("--articles", "abc", "--articles must be a whole number, got 'abc'")]
    [InlineData("--articles", "0", "--articles must be at least 1, got 0")]
    [InlineData("--seed", "x1", "--seed must be a whole number, got 'x1'")]
    public async Task Generate_names_the_flag_and_the_value(string flag, string value, string message)
    {
        using var directory = new TempDirectory();
        string[] args = flag == "--articles"
            ? ["generate", "--articles", value, "--db", directory.File("g.db")]
            : ["generate", "--articles", "1", flag, value, "--db", directory.File("g.db")];
        (int exit, _, string error) = await RunAsync(args);
        Assert.NotEqual(0, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Int32", error, StringComparison.Ordinal);
        Assert.False(File.Exists(directory.File("g.db")));
    }

    [Fact]
    public async Task Generate_prints_its_last_step_once()
    {
        using var directory = new TempDirectory();
        (int exit, _, string error) = await RunAsync("generate", "--articles", "1000", "--db", directory.File("g.db"));
        Assert.Equal(0, exit);
        Assert.DoesNotContain("1000/1000", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n'), line => line.Contains("generated 1000 articles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_of_a_directory_imports_its_files()
    {
        using var directory = new TempDirectory();
        string folder = Path.Combine(directory.Path, "articles");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "b.txt"), SeedCorpus.ReadArticleBytes("003_b7b98393a667c055.txt"));
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "A folder article\n\nNMN was given to volunteers in a small trial, the article says.\n");
        string db = directory.File("dir.db");
        (int exit, _, string error) = await RunAsync("import", folder, "--db", db);
        Assert.True(exit == 0, error);
        Assert.Contains("[1/2] a.txt: imported as 'a-folder-article'", error, StringComparison.Ordinal);
        Assert.Contains("[2/2] b.txt:", error, StringComparison.Ordinal);
        Assert.Equal(1, Db.Scalar(db, "SELECT count(*) FROM articles WHERE slug = 'a-folder-article'"));

        Directory.CreateDirectory(Path.Combine(directory.Path, "empty"));
        (int emptyExit, _, string emptyError) = await RunAsync("import", Path.Combine(directory.Path, "empty"), "--db", db);
        Assert.Equal(1, emptyExit);
        Assert.Contains("no files to import", emptyError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_with_force_replaces_an_existing_database()
    {
        using var directory = new TempDirectory();
        string source = directory.File("source.db");
        string target = directory.File("target.db");
        string backup = directory.File("backup.json");
        await (await Db.SeededAsync(directory, "source.db")).DisposeAsync();
        Assert.Equal(0, (await RunAsync("export", "--output", backup, "--db", source)).Exit);

        // The target holds something else: one imported article on an empty database.
        string other = directory.File("other.txt");
        await File.WriteAllTextAsync(other, "Only here\n\nNMN was given to volunteers in a small trial, the article says.\n");
        await (await Db.EmptyAsync(directory, "target.db")).DisposeAsync();
        Assert.Equal(0, (await RunAsync("import", other, "--db", target)).Exit);

        (int refused, _, string refusal) = await RunAsync("restore", backup, "--db", target);
        Assert.Equal(1, refused);
        Assert.Contains("--force", refusal, StringComparison.Ordinal);
        Assert.Equal(1, Db.Scalar(target, "SELECT count(*) FROM articles WHERE slug = 'only-here'"));

        (int exit, _, string error) = await RunAsync("restore", backup, "--db", target, "--force");
        Assert.True(exit == 0, error);
        Assert.Equal(Db.Scalar(source, "SELECT count(*) FROM articles"), Db.Scalar(target, "SELECT count(*) FROM articles"));
        Assert.Equal(0, Db.Scalar(target, "SELECT count(*) FROM articles WHERE slug = 'only-here'"));
        Db.AssertConsistent(target);
        Assert.False(File.Exists(target + ".restoring"));
    }

    [Theory]
    [InlineData("notaurl", "is not a URL to listen on")]
    [InlineData("http://127.0.0.1:99999", "port 99999")]
    public async Task Serve_with_a_bad_url_is_one_line_and_exit_1(string urls, string message)
    {
        using var directory = new TempDirectory();
        (int exit, string output, string error) = await RunAsync("serve", "--urls", urls, "--db", directory.File("s.db"));
        Assert.Equal(1, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_is_one_line_and_exit_1()
    {
        using var directory = new TempDirectory();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        (int exit, _, string error) = await RunAsync("serve", "--urls", $"http://127.0.0.1:{port}", "--db", directory.File("s.db"));
        Assert.Equal(1, exit);
        Assert.Contains("address already in use", error, StringComparison.OrdinalIgnoreCase);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        int exit = await CliApplication.RunAsync(args, new InvocationConfiguration { Output = output, Error = error }, bound.Token);
        return (exit, output.ToString(), error.ToString());
    }
}
