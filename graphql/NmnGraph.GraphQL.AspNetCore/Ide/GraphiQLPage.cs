using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// The IDE at the GraphQL endpoint: a browser's GET (HTML preferred over JSON, no GraphQL parameters) gets a page
/// that loads GraphiQL from <c>{endpoint}/ide/</c>, all from this server. The page has no inline script or style,
/// so it works under a strict Content-Security-Policy.
/// </summary>
internal static class GraphiQLPage
{
    /// <summary>The segment under the endpoint that serves the bundled files.</summary>
    public const string AssetsSegment = "/ide";

    /// <summary>Where the assets come from and what may connect where: only this origin.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public const string NotBuiltMessage =
        "GraphiQL's files were not built: install Node.js (with npm) and run `dotnet build`, or run `npm ci && node build.mjs` in graphql/NmnGraph.GraphQL.AspNetCore/Ide.";

    /// <summary>
    /// Whether the request is a browser opening the endpoint: GET, no <c>query</c>/<c>id</c>/<c>extensions</c>
    /// parameters, and an Accept header that names <c>text/html</c> above every JSON type it allows.
    /// </summary>
    public static bool IsRequestedBy(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        IQueryCollection query = request.Query;
        if (query.ContainsKey("query") || query.ContainsKey("id") || query.ContainsKey("documentId") || query.ContainsKey("extensions"))
        {
            return false;
        }

        StringValues accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? ranges))
        {
            return false;
        }

        double html = 0;
        foreach (MediaTypeHeaderValue range in ranges)
        {
            if (range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                html = Math.Max(html, range.Quality ?? 1);
            }
        }

        AcceptNegotiation json = AcceptNegotiation.FromHeader(accept);
        return html > 0 && html > Math.Max(json.GraphQLResponse, json.Json);
    }

    public static async Task WriteAsync(HttpContext context, GraphQLServerOptions options)
    {
        HttpResponse response = context.Response;
        string endpoint = context.Request.PathBase.Add(context.Request.Path).Value ?? "/";
        bool webSockets = options.WebSockets.Enabled && context.Features.Get<IHttpWebSocketFeature>() is not null;
        string html = GraphiQLAssets.AreBuilt ? Render(options.Ide, endpoint, webSockets) : RenderNotBuilt(options.Ide);
        byte[] body = Encoding.UTF8.GetBytes(html);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = body.Length;
        response.Headers.CacheControl = "no-cache";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.Vary = "Accept";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary><c>GET {endpoint}/ide/{file}</c>: one bundled file, cached by ETag.</summary>
    public static async Task WriteAssetAsync(HttpContext context, string file)
    {
        HttpResponse response = context.Response;
        if (GraphiQLAssets.Find(file) is not { } asset)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(GraphiQLAssets.AreBuilt ? $"No IDE file named '{file}'." : NotBuiltMessage, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(asset.Content, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static string Render(GraphQLIdeOptions ide, string endpoint, bool webSockets)
    {
        string assets = endpoint.TrimEnd('/') + AssetsSegment;
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(ide.Title)}</title>
            <link rel="stylesheet" href="{Encode(assets)}/{GraphiQLAssets.Stylesheet}">
            <script type="module" src="{Encode(assets)}/{GraphiQLAssets.Script}"></script>
            </head>
            <body>
            <div id="graphiql" data-endpoint="{Encode(endpoint)}" data-assets="{Encode(assets)}" data-websocket="{(webSockets ? "true" : "false")}" data-default-query="{Encode(ide.DefaultQuery)}" data-default-headers="{Encode(ide.DefaultHeaders)}">Loading GraphiQL…</div>
            </body>
            </html>

            """;
    }

    private static string RenderNotBuilt(GraphQLIdeOptions ide) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{Encode(ide.Title)}</title></head>
        <body><p id="ide-not-built">{Encode(NotBuiltMessage)}</p></body>
        </html>

        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
