using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>Registers a GraphQL schema for <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Serves <paramref name="schema"/>.</summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return services.AddGraphQLServer(_ => schema, configure);
    }

    /// <summary>Serves the schema <paramref name="schemaFactory"/> builds on first use (it may read other services).</summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Func<IServiceProvider, Schema> schemaFactory, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schemaFactory);
        services.AddSingleton(provider =>
        {
            var options = new GraphQLServerOptions();
            configure?.Invoke(options);
            bool details = options.IncludeExceptionDetails
                ?? provider.GetService<IHostEnvironment>()?.IsDevelopment()
                ?? false;
            return new GraphQLServer(schemaFactory(provider), options, details);
        });
        return services;
    }
}
