using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>The HTTP request behind a resolver's GraphQL request.</summary>
public static class HttpResolverContextExtensions
{
    /// <summary>The key under which the HTTP layer puts the <see cref="HttpContext"/> into the request's context data.</summary>
    public const string HttpContextKey = "HttpContext";

    /// <summary>The HTTP context of the request, or null when the request did not come over HTTP.</summary>
    public static HttpContext? GetHttpContext(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ContextData.TryGetValue(HttpContextKey, out object? value) ? value as HttpContext : null;
    }

    /// <summary>The request's <c>Authorization</c> header, or null.</summary>
    public static string? GetAuthorizationHeader(this IResolverContext context)
    {
        string? value = context.GetHttpContext()?.Request.Headers[HeaderNames.Authorization];
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
