using static NmnGraph.GraphQL.AspNetCore.Tests.GraphQLTestHost;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

/// <summary>GraphiQL at the endpoint: who gets the page, what it loads, and turning it off.</summary>
public sealed class IdeTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Fact]
    public async Task A_browser_gets_the_page_with_its_files_from_this_server_under_a_strict_policy()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.Ide.DefaultQuery = "{ hello } # \"quoted\" <tag>");
        using HttpResponseMessage response = await host.Client.SendAsync(Get(string.Empty, BrowserAccept));
        string html = await response.Content.ReadAsStringAsync();
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        string policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"/graphql/ide/graphiql.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("data-endpoint=\"/graphql\"", html, StringComparison.Ordinal);
        Assert.Contains("data-default-query=\"{ hello } # &quot;quoted&quot; &lt;tag&gt;\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);

        // The files the page names are served (the build bundles them when Node.js is installed; CI installs it).
        foreach (string file in new[] { "graphiql.js", "graphiql.css", "editor.worker.js", "graphql.worker.js", "json.worker.js" })
        {
            using HttpResponseMessage asset = await host.Client.GetAsync("/graphql/ide/" + file);
            Assert.True(asset.IsSuccessStatusCode, $"/graphql/ide/{file}: {(int)asset.StatusCode} {await asset.Content.ReadAsStringAsync()}");
            string etag = asset.Headers.ETag!.Tag;
            using var again = new HttpRequestMessage(HttpMethod.Get, "/graphql/ide/" + file);
            again.Headers.TryAddWithoutValidation("If-None-Match", etag);
            using HttpResponseMessage notModified = await host.Client.SendAsync(again);
            Assert.Equal(304, (int)notModified.StatusCode);
        }

        using HttpResponseMessage missing = await host.Client.GetAsync("/graphql/ide/nothing.js");
        Assert.Equal(404, (int)missing.StatusCode);
    }

    [Theory]
    [InlineData("?query=%7B%20hello%20%7D", BrowserAccept, 200, "application/graphql-response+json")]
    [InlineData("", "application/graphql-response+json, text/html;q=0.5", 400, "application/graphql-response+json")]
    [InlineData("", "application/json, text/html", 400, "application/json")]
    public async Task Requests_that_are_not_a_browser_opening_the_endpoint_are_answered_as_graphql(string queryString, string accept, int status, string mediaType)
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Get(queryString, accept));
        Assert.Equal(status, reply.Status);
        Assert.Equal(mediaType, reply.MediaType);
    }

    [Fact]
    public async Task Turned_off_the_endpoint_answers_a_browser_as_before()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.Ide.Enabled = false);
        Reply reply = await host.SendAsync(Get(string.Empty, "text/html"));
        Assert.Equal(406, reply.Status);
        using HttpResponseMessage asset = await host.Client.GetAsync("/graphql/ide/graphiql.js");
        Assert.Equal(404, (int)asset.StatusCode);
    }
}
