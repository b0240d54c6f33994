using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NmnGraph.Server.Tests.Api;

namespace NmnGraph.Server.Tests.Ide;

/// <summary>
/// GraphiQL at <c>/graphql</c> in real headless Chromium: it loads only from the server, renders, and runs a query.
/// Needs Chromium and the built IDE files (Node.js at build time); without either it fails, saying which.
/// </summary>
public sealed class GraphiQLBrowserTests
{
    // Named as the default operation is: GraphiQL takes the operation name from the editor after a debounce, so a
    // click right after the paste may still send "Example", which must then name this operation too.
    private const string Query = "query Example { stats { articles } }";

    [Fact]
    public async Task The_IDE_loads_from_the_server_alone_and_runs_a_query()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        CancellationToken cancellationToken = timeout.Token;
        int articles = (int)(await server.DataAsync(Query))["stats"]!["articles"]!;

        Uri endpoint = server.Handle.GraphQLEndpoint;
        using (HttpResponseMessage script = await server.Http.GetAsync(new Uri(endpoint.AbsoluteUri + "/ide/graphiql.js"), cancellationToken))
        {
            Assert.True(script.StatusCode == HttpStatusCode.OK, $"The IDE's files were not built: {await script.Content.ReadAsStringAsync(cancellationToken)}");
        }

        await using HeadlessChromium chromium = await HeadlessChromium.LaunchAsync(cancellationToken);
        await chromium.OpenAsync(endpoint.AbsoluteUri, cancellationToken);

        // Rendered: the query editor (Monaco) holds the default operation and the run button is there.
        await chromium.WaitForAsync(
            "document.querySelector('.graphiql-query-editor .view-lines')?.textContent.replace(/\\s+/g, ' ').includes('query Example') && document.querySelector('.graphiql-execute-button') ? 'ready' : ''",
            "GraphiQL to render its query editor",
            cancellationToken);

        // Replace the operation in the editor (select all, paste), then run it with the button.
        await chromium.EvaluateAsync("document.querySelector('.graphiql-query-editor textarea').focus()", cancellationToken);
        await chromium.SelectAllAsync(cancellationToken);
        await chromium.PasteAsync(".graphiql-query-editor textarea", Query, cancellationToken);
        await chromium.WaitForAsync(
            "document.querySelector('.graphiql-query-editor .view-lines').textContent.replace(/\\s+/g, ' ').trim()",
            text => text == Query,
            "the typed query in the editor",
            cancellationToken);
        await chromium.EvaluateAsync("document.querySelector('.graphiql-execute-button').click()", cancellationToken);

        string response = await chromium.WaitForAsync(
            "document.querySelector('.graphiql-response .view-lines')?.textContent.replace(/\\s+/g, '') ?? ''",
            text => text.Contains("\"data\"", StringComparison.Ordinal) || text.Contains("\"errors\"", StringComparison.Ordinal),
            "the response",
            cancellationToken);
        JsonNode shown = JsonNode.Parse(response)!;
        Assert.True(shown["data"]?["stats"]?["articles"] is JsonValue shownArticles && (int)shownArticles == articles, $"GraphiQL shows {response}; expected {articles} articles.");

        string origin = endpoint.GetLeftPart(UriPartial.Authority);
        Assert.NotEmpty(chromium.RequestedUrls);
        Assert.All(chromium.RequestedUrls, url => Assert.True(
            url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal),
            $"The page requested {url}, which is not on {origin}."));
        Assert.Contains(chromium.RequestedUrls, url => url.EndsWith("/graphql/ide/graphiql.js", StringComparison.Ordinal));
        Assert.Empty(chromium.ConsoleErrors);
    }
}
