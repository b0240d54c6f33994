using System.Text.Json.Nodes;

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
        await using ApiServer server = await ApiServer.StartAsync(apiKey: null);
        string slug = (await server.DataAsync("{ articles(first: 1) { nodes { slug } } }"))["articles"]!["nodes"]![0]!["slug"]!.GetValue<string>();

        (long uncounted, JsonObject plain) = await CountAsync(server, without, slug);
        (long counted, JsonObject totals) = await CountAsync(server, with, slug);

        Assert.Equal(uncounted + 1, counted);
        Assert.DoesNotContain("totalCount", plain.ToJsonString(), StringComparison.Ordinal);
        Assert.Matches("\"(totalCount|t)\":[1-9][0-9]*", totals.ToJsonString());
    }

    /// <summary>The statements one request runs, and its data; the operation declares the variable and the fragment only when it uses them.</summary>
    private static async Task<(long Statements, JsonObject Data)> CountAsync(ApiServer server, string selection, string slug)
    {
        bool usesSlug = selection.Contains("$slug", StringComparison.Ordinal);
        string document = (usesSlug ? "query ($slug: String!) " : "query ")
            + "{ " + selection + " }"
            + (selection.Contains("...Total", StringComparison.Ordinal) ? " fragment Total on ClaimConnection { totalCount }" : string.Empty);
        long before = server.Handle.Database.StatementCount;
        JsonObject data = await server.DataAsync(document, usesSlug ? new { slug } : null);
        return (server.Handle.Database.StatementCount - before, data);
    }
}
