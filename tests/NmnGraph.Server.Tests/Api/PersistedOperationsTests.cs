using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NmnGraph.Client;
using NmnGraph.GraphQL.AspNetCore;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Server.Tests.Api;

/// <summary>The generated client's manifest (client/Generated/persisted-operations.json) on a server locked to it.</summary>
public sealed class PersistedOperationsTests
{
    [Fact]
    public async Task The_generated_client_runs_by_hash_on_a_server_that_allows_only_its_manifest()
    {
        using var directory = new TempDirectory();
        string manifests = Path.GetDirectoryName(RepositoryRoot.File(Path.Combine("client", "Generated", "persisted-operations.json")))!;
        await using NmnServerHandle server = await NmnServerHost.StartAsync(new NmnServerOptions
        {
            DatabasePath = directory.File("persisted.db"),
            Urls = "http://127.0.0.1:0",
            ConsoleLogging = false,
            PersistedOperations = PersistedOperationStore.LoadDirectory(manifests),
            OnlyPersisted = true,
        }, CancellationToken.None);

        // The typed client sends each operation's hash first; the server knows it from the manifest.
        await using ServiceProvider services = new ServiceCollection().AddNmnGraphClient(server.GraphQLEndpoint).BuildServiceProvider();
        NmnGraphClient client = services.GetRequiredService<NmnGraphClient>();
        OperationResult<StatsResult> stats = await client.Stats.ExecuteAsync(CancellationToken.None);
        Assert.True(stats.IsSuccess, stats.ToString());
        NmnGraph.GraphQL.Execution.ExecutionResult direct = await server.Executor.ExecuteAsync(new NmnGraph.GraphQL.Execution.GraphQLRequest("{ stats { articles } }"));
        var directStats = (IReadOnlyDictionary<string, object?>)direct.Data!["stats"]!;
        Assert.Equal(Convert.ToInt32(directStats["articles"], System.Globalization.CultureInfo.InvariantCulture), stats.Data!.Stats.Articles);
        Assert.True(stats.Data.Stats.Articles > 0);

        // Any other document is refused, with a code a client can act on.
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLEndpoint)
        {
            Content = new StringContent("""{"query":"{ stats { articles } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using HttpResponseMessage refused = await http.SendAsync(request);
        JsonNode body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)refused.StatusCode);
        Assert.Equal("PERSISTED_QUERY_ONLY", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }
}
