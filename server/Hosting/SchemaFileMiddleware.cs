using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NmnGraph.Server.Api;

namespace NmnGraph.Server.Hosting;

/// <summary>
/// <c>GET /graphql?sdl</c>: the contract file <c>schema.graphql</c> exactly as written (descriptions, order and
/// layout included), which is also what <c>nmngraph schema</c> prints.
/// </summary>
public static class SchemaFileMiddleware
{
    // Revalidated on every use: a new version may change the schema at the same URL.
    private static readonly StaticContent s_schema = new(SchemaText.Bytes, "text/plain; charset=utf-8");

    public static IApplicationBuilder UseSchemaFile(this IApplicationBuilder app, string path)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && context.Request.Path.Equals(path, StringComparison.Ordinal)
                && context.Request.Query.ContainsKey("sdl"))
            {
                await s_schema.WriteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }
}
