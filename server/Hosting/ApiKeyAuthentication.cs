using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NmnGraph.GraphQL.AspNetCore;

namespace NmnGraph.Server.Hosting;

/// <summary>
/// The API key check at the HTTP edge: only <c>Authorization: Bearer KEY</c> with the configured key authenticates
/// (compared in constant time). Any other <c>Authorization</c> header — another scheme, a bare key, a wrong key, a
/// key sent to a server that has none — is answered 401 with <c>WWW-Authenticate: Bearer</c> before anything runs.
/// A request without the header goes on unauthenticated (queries work; mutations are refused by the schema).
/// </summary>
public static class ApiKeyAuthentication
{
    /// <summary>The <see cref="HttpContext.Items"/> key set to true for a request that presented the key.</summary>
    public const string AuthenticatedItem = "nmngraph.authenticated";

    public static IApplicationBuilder UseApiKeyAuthentication(this IApplicationBuilder app, string path, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(app);
        byte[]? expected = apiKey is { Length: > 0 } ? Digest(apiKey) : null;
        return app.Use(async (context, next) =>
        {
            string authorization = context.Request.Headers.Authorization.ToString();
            if (authorization.Length == 0 || !context.Request.Path.StartsWithSegments(path, StringComparison.Ordinal))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            string? refusal = expected is null
                ? "This server has no API key configured, so no credentials are accepted (and mutations are disabled)."
                : BearerToken(authorization) is not { } token
                    ? "Send the API key as 'Authorization: Bearer KEY'; no other scheme is accepted."
                    : !CryptographicOperations.FixedTimeEquals(Digest(token), expected)
                        ? "The API key is not valid."
                        : null;
            if (refusal is null)
            {
                context.Items[AuthenticatedItem] = true;
                await next(context).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            context.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
            await context.Response.WriteAsync(Unauthenticated(refusal), context.RequestAborted).ConfigureAwait(false);
        });
    }

    /// <summary>The token of a <c>Bearer</c> credential (scheme case-insensitive, RFC 9110 §11.1); null for any other form.</summary>
    public static string? BearerToken(string authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        const string Scheme = "Bearer ";
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string token = authorization[Scheme.Length..].Trim();
        return token.Length == 0 || token.Contains(' ', StringComparison.Ordinal) ? null : token;
    }

    // Hashing first makes the comparison constant-time in the keys' lengths too.
    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static string Unauthenticated(string message)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", "UNAUTHENTICATED");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
