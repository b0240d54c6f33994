using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Hosting;

/// <summary>
/// <c>/healthz</c> (liveness: the process answers, nothing else is touched) and <c>/readyz</c> (readiness: the
/// database answers on its own connection within <see cref="ReadinessBound"/>, is migrated and writable), GET and
/// HEAD; 200 <c>ok</c>/<c>ready</c> or 503 with a one-line reason, never cached.
/// </summary>
public static class HealthEndpoints
{
    public static readonly TimeSpan ReadinessBound = TimeSpan.FromSeconds(2);

    private static readonly string[] s_methods = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapNmnHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMethods("/healthz", s_methods, (HttpContext context) => WriteAsync(context, StatusCodes.Status200OK, "ok"));
        endpoints.MapMethods("/readyz", s_methods, async (HttpContext context) =>
        {
            Readiness readiness = await context.RequestServices.GetRequiredService<NmnDatabase>()
                .CheckReadinessAsync(ReadinessBound, context.RequestAborted).ConfigureAwait(false);
            await WriteAsync(context, readiness.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, readiness.Reason).ConfigureAwait(false);
        });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, int status, string line)
    {
        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        byte[] body = System.Text.Encoding.UTF8.GetBytes(line + "\n");
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
