using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NmnGraph.Server.Hosting;

/// <summary>
/// Headers every response carries (<c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy: no-referrer</c>;
/// Kestrel's <c>Server</c> header is off, see <see cref="NmnServerHost"/>), and the way to serve an HTML page:
/// <see cref="MarkHtml"/> adds a strict <c>Content-Security-Policy</c>.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only same-origin scripts, styles, images, fonts and fetches; no plugins, no framing, no foreign forms or base
    /// URLs. Inline script runs only with the page's nonce.
    /// </summary>
    public const string HtmlPolicy =
        "default-src 'none'; script-src 'self'{0}; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Runs first, so that every response (errors and 404s included) gets the headers.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            IHeaderDictionary headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
    }

    /// <summary>
    /// Makes the response an HTML page under <see cref="HtmlPolicy"/>: call before writing the body. With
    /// <paramref name="scriptNonce"/> (from <see cref="NewNonce"/>), inline <c>&lt;script nonce="…"&gt;</c> elements may run.
    /// </summary>
    public static void MarkHtml(HttpResponse response, string? scriptNonce = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = string.Format(
            System.Globalization.CultureInfo.InvariantCulture, HtmlPolicy, scriptNonce is null ? string.Empty : $" 'nonce-{scriptNonce}'");
    }

    /// <summary>A fresh CSP nonce (128 random bits, base64) for one response.</summary>
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
}
