using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL over HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the schema registered with <c>AddGraphQLServer</c> at <paramref name="path"/>: GET and POST,
    /// <c>application/graphql-response+json</c> or <c>application/json</c>, server-sent events, <c>?sdl</c>, and
    /// GraphiQL for a browser (its files under <c>{path}/ide/</c>).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(path);
        GraphQLServer? server = null;
        return Map(endpoints, path, context => server ??= context.RequestServices.GetRequiredService<GraphQLServer>());
    }

    /// <summary>Serves <paramref name="server"/> at <paramref name="path"/>, without the service registration.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path, GraphQLServer server)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(server);
        return Map(endpoints, path, _ => server);
    }

    private static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints, string path, Func<HttpContext, GraphQLServer> server)
    {
        RouteGroupBuilder group = endpoints.MapGroup(path);
        group.Map(string.Empty, context => GraphQLHttpHandler.HandleAsync(context, server(context))).WithDisplayName("GraphQL " + path);
        group.MapMethods(GraphiQLPage.AssetsSegment + "/{file}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, string file) =>
            server(context).Options.Ide.Enabled ? GraphiQLPage.WriteAssetAsync(context, file) : WriteNotFoundAsync(context))
            .WithDisplayName("GraphiQL " + path);
        return group;
    }

    private static Task WriteNotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
