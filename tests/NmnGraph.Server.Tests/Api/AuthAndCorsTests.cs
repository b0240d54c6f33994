using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace NmnGraph.Server.Tests.Api;

/// <summary>Only <c>Authorization: Bearer KEY</c> authenticates; CORS answers preflights only for configured origins.</summary>
public sealed class AuthAndCorsTests
{
    private const string AddClaim = "mutation { addClaim(input: { statement: \"auth test\", kind: BACKGROUND }) { claim { statement } } }";

    [Theory]
    [InlineData(ApiServer.Key)]                        // the bare key, no scheme
    [InlineData("Basic " + ApiServer.Key)]             // another scheme
    [InlineData("Bearer wrong-key")]                   // a wrong key
    [InlineData("Bearer " + ApiServer.Key + "x")]      // a longer key sharing the prefix
    [InlineData("Bearer")]                             // no token
    [InlineData("Bearer " + ApiServer.Key + " extra")] // more than one token
    public async Task Anything_but_bearer_and_the_key_is_401_and_changes_nothing(string authorization)
    {
        await using ApiServer server = await ApiServer.StartAsync();
        using HttpResponseMessage response = await SendAsync(server, AddClaim, authorization);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        JsonNode error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("UNAUTHENTICATED", (string?)error["extensions"]!["code"]);
        Assert.Equal(0, Db.Scalar(server.DatabasePath, "SELECT count(*) FROM claims WHERE statement = 'auth test'"));
    }

    [Theory]
    [InlineData("Bearer " + ApiServer.Key)]
    [InlineData("bearer " + ApiServer.Key)]
    public async Task Bearer_and_the_key_authorizes_a_mutation(string authorization)
    {
        await using ApiServer server = await ApiServer.StartAsync();
        using HttpResponseMessage response = await SendAsync(server, AddClaim, authorization);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("auth test", (string?)JsonNode.Parse(body)!["data"]!["addClaim"]!["claim"]!["statement"]);
    }

    [Fact]
    public async Task Credentials_sent_to_a_server_without_a_key_are_refused_and_queries_without_them_work()
    {
        await using ApiServer server = await ApiServer.StartAsync(apiKey: null);
        using HttpResponseMessage refused = await SendAsync(server, "{ stats { articles } }", "Bearer anything");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("no API key", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        JsonObject data = await server.DataAsync("{ stats { articles } }");
        Assert.Equal(2, (int)data["stats"]!["articles"]!);
    }

    [Fact]
    public async Task Cors_is_off_by_default()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        using HttpResponseMessage response = await server.Http.SendAsync(Preflight("https://ide.example.org"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_gets_its_preflight_answered_and_others_do_not()
    {
        await using ApiServer server = await ApiServer.StartAsync(cors: ["https://ide.example.org"]);
        using HttpResponseMessage allowed = await server.Http.SendAsync(Preflight("https://ide.example.org"));
        Assert.True(allowed.IsSuccessStatusCode, allowed.StatusCode.ToString());
        Assert.Equal("https://ide.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        string allowedHeaders = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowedHeaders, StringComparison.Ordinal);
        Assert.Contains("content-type", allowedHeaders, StringComparison.Ordinal);

        using HttpResponseMessage other = await server.Http.SendAsync(Preflight("https://evil.example.com"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));

        // The actual request from the allowed origin carries the header too.
        using var post = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent("{\"query\":\"{ stats { articles } }\"}", Encoding.UTF8, "application/json"),
        };
        post.Headers.TryAddWithoutValidation("Origin", "https://ide.example.org");
        using HttpResponseMessage actual = await server.Http.SendAsync(post);
        Assert.Equal("https://ide.example.org", actual.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, string.Empty);
        request.Headers.TryAddWithoutValidation("Origin", origin);
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", "POST");
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", "content-type, authorization");
        return request;
    }

    private static Task<HttpResponseMessage> SendAsync(ApiServer server, string query, string authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return server.Http.SendAsync(request);
    }
}
