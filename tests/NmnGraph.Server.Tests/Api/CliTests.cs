using System.CommandLine;
using System.Text.Json.Nodes;
using NmnGraph.Server.Cli;

namespace NmnGraph.Server.Tests.Api;

/// <summary><c>nmngraph schema</c> and <c>nmngraph query</c>, and flags they do not know.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => _directory.File("cli.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Schema_prints_schema_graphql_exactly()
    {
        (int exit, string output, _) = await RunAsync("schema");
        Assert.Equal(0, exit);
        Assert.Equal(await File.ReadAllTextAsync(RepositoryRoot.File("schema.graphql")), output);

        string file = _directory.File("out.graphql");
        (exit, _, _) = await RunAsync("schema", "--output", file);
        Assert.Equal(0, exit);
        Assert.Equal(await File.ReadAllBytesAsync(RepositoryRoot.File("schema.graphql")), await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task Query_runs_with_variables_and_operation_name()
    {
        (int exit, string output, _) = await RunAsync(
            "query", "query A { stats { articles } } query B($slug: String!) { article(slug: $slug) { title } }",
            "--variables", """{"slug":"nmn-bone-formation"}""", "--operation", "B", "--db", DatabasePath);
        Assert.Equal(0, exit);
        Assert.Equal("NMN promotes bone formation", (string)JsonNode.Parse(output)!["data"]!["article"]!["title"]!);
    }

    [Fact]
    public async Task Query_reads_a_document_file()
    {
        string file = _directory.File("stats.graphql");
        await File.WriteAllTextAsync(file, "{ stats { topics } }");
        (int exit, string output, _) = await RunAsync("query", "@" + file, "--db", DatabasePath);
        Assert.Equal(0, exit);
        Assert.True((int)JsonNode.Parse(output)!["data"]!["stats"]!["topics"]! > 0);
    }

    [Fact]
    public async Task Query_exits_non_zero_on_errors_and_bad_input()
    {
        (int exit, string output, _) = await RunAsync("query", "{ stats { ", "--db", DatabasePath);
        Assert.Equal(1, exit);
        Assert.NotEmpty(JsonNode.Parse(output)!["errors"]!.AsArray());

        (exit, output, _) = await RunAsync("query", "{ claims(first: 1000) { totalCount } }", "--db", DatabasePath);
        Assert.Equal(1, exit);
        Assert.Equal("PAGE_SIZE_EXCEEDED", (string)JsonNode.Parse(output)!["errors"]![0]!["extensions"]!["code"]!);

        (exit, _, string error) = await RunAsync("query", "{ stats { articles } }", "--variables", "[1", "--db", DatabasePath);
        Assert.Equal(2, exit);
        Assert.Contains("--variables", error, StringComparison.Ordinal);

        (exit, _, error) = await RunAsync("query", "@" + _directory.File("missing.graphql"), "--db", DatabasePath);
        Assert.Equal(2, exit);
        Assert.Contains("no document file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_mutations_need_the_key()
    {
        const string Mutation = "mutation { addClaim(input: { statement: \"cli\", kind: BACKGROUND }) { claim { statement } } }";
        (int exit, string output, _) = await RunAsync("query", Mutation, "--db", DatabasePath);
        Assert.Equal(1, exit);
        Assert.Equal("FORBIDDEN", (string)JsonNode.Parse(output)!["errors"]![0]!["extensions"]!["code"]!);

        (exit, output, _) = await RunAsync("query", Mutation, "--db", DatabasePath, "--api-key", "k");
        Assert.Equal(0, exit);
        Assert.Equal("cli", (string)JsonNode.Parse(output)!["data"]!["addClaim"]!["claim"]!["statement"]!);
    }

    [Theory]
    [InlineData("query")]
    [InlineData("query", "{ stats { articles } }", "--bogus")]
    [InlineData("schema", "--nope")]
    [InlineData("serve", "--urls")]
    [InlineData("frobnicate")]
    public async Task Bad_flags_fail_with_a_message(params string[] args)
    {
        (int exit, _, string error) = await RunAsync(args);
        Assert.NotEqual(0, exit);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.False(File.Exists(DatabasePath));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = await CliApplication.RunAsync(args, new InvocationConfiguration { Output = output, Error = error }, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
