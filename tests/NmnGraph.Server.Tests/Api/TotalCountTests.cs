using System.Text.Json;
using NmnGraph.Server.Generate;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Server.Tests.Api;

/// <summary>A connection counts its whole list only when the selection asks for <c>totalCount</c>: the count is a statement of its own.</summary>
public sealed class TotalCountTests
{
    [Theory]
    [InlineData("articles(first: 3) { nodes { id } }", "articles(first: 3) { totalCount nodes { id } }")]
    [InlineData("article(slug: $slug) { claims(first: 2) { nodes { id } } }", "article(slug: $slug) { claims(first: 2) { ...Total nodes { id } } }")]
    [InlineData("articles(first: 3) { nodes { claims(first: 2) { nodes { id } } } }", "articles(first: 3) { nodes { claims(first: 2) { t: totalCount @include(if: true) nodes { id } } } }")]
    public async Task The_count_runs_only_when_totalCount_is_selected(string without, string with)
    {
        using var directory = new TempDirectory();
        await using (var database = await Db.EmptyAsync(directory, "generated.db"))
        {
            await CorpusGenerator.GenerateAsync(database, 6, seed: 3, progress: null, CancellationToken.None);
        }

        await using NmnServerHandle server = await NmnServerHost.StartAsync(new NmnServerOptions
        {
            DatabasePath = directory.File("generated.db"),
            Urls = "http://127.0.0.1:0",
            SeedCorpus = false,
            ConsoleLogging = false,
        }, CancellationToken.None);
        string slug = (await RunAsync(server, "{ articles(first: 1) { nodes { slug } } }", null)).Json.GetProperty("data").GetProperty("articles").GetProperty("nodes")[0].GetProperty("slug").GetString()!;

        (long uncounted, JsonElement plain) = await RunAsync(server, Document(without), slug);
        (long counted, JsonElement totals) = await RunAsync(server, Document(with), slug);

        Assert.Equal(uncounted + 1, counted);
        Assert.DoesNotContain("totalCount", plain.GetRawText(), StringComparison.Ordinal);
        Assert.Matches("\"(totalCount|t)\":[1-9][0-9]*", totals.GetRawText());
    }

    /// <summary>The selection as an operation, declaring the variable and the fragment only when it uses them.</summary>
    private static string Document(string selection) =>
        (selection.Contains("$slug", StringComparison.Ordinal) ? "query ($slug: String!) " : "query ")
        + "{ " + selection + " }"
        + (selection.Contains("...Total", StringComparison.Ordinal) ? " fragment Total on ClaimConnection { totalCount }" : string.Empty);

    private static async Task<(long Statements, JsonElement Json)> RunAsync(NmnServerHandle server, string query, string? slug)
    {
        using var http = new HttpClient { BaseAddress = server.GraphQLEndpoint };
        using var content = new StringContent(JsonSerializer.Serialize(new { query, variables = query.Contains("$slug", StringComparison.Ordinal) ? new { slug } : null }), System.Text.Encoding.UTF8, "application/json");
        long before = server.Database.StatementCount;
        using HttpResponseMessage response = await http.PostAsync(string.Empty, content);
        long statements = server.Database.StatementCount - before;
        string json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, json);
        Assert.DoesNotContain("\"errors\"", json, StringComparison.Ordinal);
        return (statements, JsonDocument.Parse(json).RootElement.Clone());
    }
}
