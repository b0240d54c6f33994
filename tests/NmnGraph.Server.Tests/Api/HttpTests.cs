using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NmnGraph.GraphQL.Execution;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Server.Tests.Api;

/// <summary>The HTTP surface: the served schema, health, GET, content types, limits and masked errors.</summary>
public sealed class HttpTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private ApiServer Server => fixture.Server;

    [Fact]
    public async Task The_served_sdl_is_schema_graphql_byte_for_byte()
    {
        byte[] served = await Server.Http.GetByteArrayAsync("?sdl");
        Assert.Equal(await File.ReadAllBytesAsync(RepositoryRoot.File("schema.graphql")), served);
    }

    [Fact]
    public async Task Get_runs_queries_but_refuses_mutations()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "?query=" + Uri.EscapeDataString("{ stats { articles } }"));
        get.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using HttpResponseMessage query = await Server.Http.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal("application/graphql-response+json", query.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(JsonNode.Parse(await query.Content.ReadAsStringAsync())!["data"]!["stats"]);

        using HttpResponseMessage mutation = await Server.Http.GetAsync(
            "?query=" + Uri.EscapeDataString("mutation { deleteNode(id: \"QXJ0aWNsZTox\") { deletedId } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Equal(1, Db.Scalar(Server.DatabasePath, "SELECT count(*) FROM articles WHERE id = 1"));
    }

    [Fact]
    public async Task Legacy_json_clients_get_application_json_and_200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent("""{"query":"{ stats { "}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using HttpResponseMessage response = await Server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]);
    }

    [Fact]
    public async Task A_syntax_error_is_a_request_error_with_400()
    {
        using HttpResponseMessage response = await Server.SendAsync("{ stats { ");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(body.AsObject().ContainsKey("data"));
        Assert.NotEmpty(body["errors"]!.AsArray());
    }

    [Fact]
    public async Task Malformed_bodies_are_refused_clearly()
    {
        using var notJson = new HttpRequestMessage(HttpMethod.Post, string.Empty) { Content = new StringContent("{", Encoding.UTF8, "application/json") };
        using HttpResponseMessage response = await Server.Http.SendAsync(notJson);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var noQuery = new HttpRequestMessage(HttpMethod.Post, string.Empty) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        using HttpResponseMessage missing = await Server.Http.SendAsync(noQuery);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task Oversized_bodies_are_refused()
    {
        string huge = "{ stats { articles } }" + new string(' ', (int)ServerLimits.MaxRequestBodyBytes + 10);
        using HttpResponseMessage response = await Server.SendAsync(huge);
        Assert.False(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Queries_nested_deeper_than_the_limit_are_refused()
    {
        string deep = "{ topics { " + string.Concat(Enumerable.Repeat("children { ", ServerLimits.MaxExecutionDepth + 1))
            + "slug" + new string('}', ServerLimits.MaxExecutionDepth + 2) + " }";
        using HttpResponseMessage response = await Server.SendAsync(deep);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("MAX_DEPTH_EXCEEDED", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.False(body.AsObject().ContainsKey("data"));
    }

    [Fact]
    public async Task Unexpected_failures_are_masked_unless_in_development()
    {
        using var directory = new TempDirectory();
        foreach (bool development in new[] { false, true })
        {
            string path = directory.File($"broken-{development}.db");
            await using NmnServerHandle server = await NmnServerHost.StartAsync(new NmnServerOptions
            {
                DatabasePath = path,
                Urls = "http://127.0.0.1:0",
                IncludeExceptionDetails = development,
                ConsoleLogging = false,
            }, CancellationToken.None);
            using (Microsoft.Data.Sqlite.SqliteConnection raw = Db.OpenRaw(path))
            {
                using Microsoft.Data.Sqlite.SqliteCommand command = raw.CreateCommand();
                command.CommandText = "ALTER TABLE corrections RENAME TO corrections_moved";
                command.ExecuteNonQuery();
            }

            ExecutionResult result = await server.Executor.ExecuteAsync(new GraphQLRequest("""{ article(slug: "nmn-bone-formation") { slug corrections { original } } }"""));
            NmnGraph.GraphQL.Errors.GraphQLError error = Assert.Single(result.Errors);
            Assert.Equal("INTERNAL_SERVER_ERROR", error.Code);
            Assert.DoesNotContain("corrections", error.Message, StringComparison.Ordinal);
            Assert.Equal(development, error.Extensions!.ContainsKey("exception"));
        }
    }
}
