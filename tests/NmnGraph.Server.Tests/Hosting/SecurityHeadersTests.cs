using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using NmnGraph.Server.Hosting;
using NmnGraph.Server.Tests.Api;

namespace NmnGraph.Server.Tests.Hosting;

/// <summary>Every kind of response carries nosniff and no-referrer and no Server header; the SDL is cacheable by ETag.</summary>
public sealed class SecurityHeadersTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private ApiServer Server => fixture.Server;

    public static TheoryData<string> Kinds => ["graphql 200", "graphql 400", "mutation without key", "healthz", "readyz", "sdl", "unknown path 404", "405"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string kind)
    {
        using HttpResponseMessage response = await SendAsync(kind);
        string body = await response.Content.ReadAsStringAsync();
        if (kind == "mutation without key")
        {
            // Refused as UNAUTHENTICATED: a GraphQL error (200) or, where the pipeline answers it over HTTP, a 401.
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized, $"HTTP {(int)response.StatusCode}: {body}");
            Assert.Contains("UNAUTHENTICATED", body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(ExpectedStatus(kind), response.StatusCode);
        }

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Server"), $"{kind}: Server: {string.Join(",", response.Headers.Server)} ({body})");
    }

    [Fact]
    public async Task The_sdl_has_an_etag_and_a_matching_request_gets_304()
    {
        using HttpResponseMessage first = await Server.Http.GetAsync("?sdl");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());
        EntityTagHeaderValue etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, "?sdl");
        again.Headers.IfNoneMatch.Add(etag);
        using HttpResponseMessage notModified = await Server.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        using var stale = new HttpRequestMessage(HttpMethod.Get, "?sdl");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123\""));
        using HttpResponseMessage full = await Server.Http.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await full.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void An_html_page_gets_a_strict_content_security_policy()
    {
        var context = new DefaultHttpContext();
        string nonce = SecurityHeaders.NewNonce();
        SecurityHeaders.MarkHtml(context.Response, nonce);
        Assert.Equal("text/html; charset=utf-8", context.Response.ContentType);
        string policy = context.Response.Headers.ContentSecurityPolicy.ToString();
        Assert.StartsWith("default-src 'none'; ", policy, StringComparison.Ordinal);
        Assert.Contains($"script-src 'self' 'nonce-{nonce}';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.NotEqual(nonce, SecurityHeaders.NewNonce());

        var plain = new DefaultHttpContext();
        SecurityHeaders.MarkHtml(plain.Response);
        Assert.Contains("script-src 'self';", plain.Response.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
    }

    private static HttpStatusCode ExpectedStatus(string kind) => kind switch
    {
        "graphql 400" => HttpStatusCode.BadRequest,
        "unknown path 404" => HttpStatusCode.NotFound,
        "405" => HttpStatusCode.MethodNotAllowed,
        _ => HttpStatusCode.OK,
    };

    private Task<HttpResponseMessage> SendAsync(string kind)
    {
        Uri root = new(Server.Handle.GraphQLEndpoint, "/");
        return kind switch
        {
            "graphql 200" => Server.SendAsync("{ stats { articles } }"),
            "graphql 400" => Server.SendAsync("{ stats { "),
            "mutation without key" => Server.SendAsync("mutation { deleteNode(id: \"QXJ0aWNsZTox\") { deletedId } }"),
            "healthz" => Server.Http.GetAsync(new Uri(root, "healthz")),
            "readyz" => Server.Http.GetAsync(new Uri(root, "readyz")),
            "sdl" => Server.Http.GetAsync("?sdl"),
            "unknown path 404" => Server.Http.GetAsync(new Uri(root, "nothing-here")),
            "405" => Server.Http.SendAsync(new HttpRequestMessage(HttpMethod.Put, string.Empty) { Content = new StringContent("{}", Encoding.UTF8, "application/json") }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static string Single(HttpResponseMessage response, string name) =>
        string.Join(",", response.Headers.TryGetValues(name, out IEnumerable<string>? values) ? values : []);
}
