using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NmnGraph.Server.Hosting;

/// <summary>
/// Bytes fixed for the life of the process (the SDL, an IDE's script or stylesheet) served with a strong
/// <c>ETag</c> and a <c>Cache-Control</c>; a matching <c>If-None-Match</c> gets 304 and no body; HEAD gets the headers.
/// </summary>
public sealed class StaticContent
{
    /// <summary>Revalidate every time (cheap: a 304): for content at a fixed URL that changes with a new version.</summary>
    public const string Revalidate = "public, no-cache";

    /// <summary>Cache for a year without asking: only for URLs that change whenever the content does (fingerprinted names).</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    private readonly ReadOnlyMemory<byte> _body;

    public StaticContent(ReadOnlyMemory<byte> body, string contentType, string cacheControl = Revalidate)
    {
        _body = body;
        ContentType = contentType;
        CacheControl = cacheControl;
        ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body.Span).AsSpan(0, 16)) + "\"";
    }

    public string ContentType { get; }

    public string CacheControl { get; }

    /// <summary>A strong validator: the first 128 bits of the content's SHA-256.</summary>
    public string ETag { get; }

    public Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        HttpResponse response = context.Response;
        response.Headers.ETag = ETag;
        response.Headers.CacheControl = CacheControl;
        if (Matches(context.Request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = _body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(_body, context.RequestAborted).AsTask();
    }

    private bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch)
    {
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out IList<EntityTagHeaderValue>? tags))
        {
            return false;
        }

        // If-None-Match compares weakly (RFC 9110 §13.1.2).
        var ours = new EntityTagHeaderValue(ETag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false));
    }
}
