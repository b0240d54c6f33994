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
    /// <c>application/graphql-response+json</c> or <c>application/json</c>, server-sent events, and <c>?sdl</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(path);
        GraphQLServer? server = null;
        return endpoints.Map(path, context =>
        {
            server ??= context.RequestServices.GetRequiredService<GraphQLServer>();
            return GraphQLHttpHandler.HandleAsync(context, server);
        }).WithDisplayName("GraphQL " + path);
    }

    /// <summary>Serves <paramref name="server"/> at <paramref name="path"/>, without the service registration.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path, GraphQLServer server)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(server);
        return endpoints.Map(path, context => GraphQLHttpHandler.HandleAsync(context, server)).WithDisplayName("GraphQL " + path);
    }
}
