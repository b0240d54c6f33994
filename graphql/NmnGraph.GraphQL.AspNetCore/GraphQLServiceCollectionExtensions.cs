using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NmnGraph.GraphQL.Execution;
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
            return new GraphQLServer(schemaFactory(provider), options, IncludeDetails(options, provider));
        });
        return services;
    }

    /// <summary>
    /// Serves the executor <paramref name="executorFactory"/> makes (e.g. one wrapped for batching); see
    /// <see cref="GraphQLServer(IRequestExecutor, GraphQLServerOptions, bool)"/> for which options then apply.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Func<IServiceProvider, IRequestExecutor> executorFactory, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(executorFactory);
        services.AddSingleton(provider =>
        {
            var options = new GraphQLServerOptions();
            configure?.Invoke(options);
            return new GraphQLServer(executorFactory(provider), options, IncludeDetails(options, provider));
        });
        return services;
    }

    private static bool IncludeDetails(GraphQLServerOptions options, IServiceProvider provider) =>
        options.IncludeExceptionDetails ?? provider.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
}
