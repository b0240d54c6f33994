using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NmnGraph.GraphQL.AspNetCore;
using NmnGraph.GraphQL.Execution;
using NmnGraph.Server.Api;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Hosting;

/// <summary>The composition of an NmnGraph server: the database, then the GraphQL API over it.</summary>
public static class NmnServiceCollectionExtensions
{
    /// <summary>Registers an open database and the feed of its changes.</summary>
    public static IServiceCollection AddNmnDatabase(this IServiceCollection services, NmnDatabase database)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(database);
        services.AddSingleton(database);
        services.AddSingleton(new CorpusChangeFeed(database));
        return services;
    }

    /// <summary>Registers the schema bound to the database for <c>MapGraphQL</c>, with NmnGraph's validation, limits and error policy.</summary>
    public static IServiceCollection AddNmnGraphQL(this IServiceCollection services, NmnApiOptions options, bool includeExceptionDetails = false, Action<GraphQLServerOptions>? configureServer = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        return services.AddGraphQLServer(
            provider => NmnSchema.Build(provider.GetRequiredService<NmnDatabase>(), options, provider.GetRequiredService<CorpusChangeFeed>()),
            server =>
            {
                Configure(server, includeExceptionDetails);
                configureServer?.Invoke(server);
            });
    }

    /// <summary>A GraphQL server over <paramref name="database"/> without HTTP (<c>nmngraph query</c>); run requests with its <see cref="GraphQLServer.Executor"/>.</summary>
    public static GraphQLServer CreateServer(NmnDatabase database, NmnApiOptions options, bool includeExceptionDetails = false)
    {
        ArgumentNullException.ThrowIfNull(database);
        var server = new GraphQLServerOptions();
        Configure(server, includeExceptionDetails);
        return new GraphQLServer(NmnSchema.Build(database, options), server, includeExceptionDetails);
    }

    private static void Configure(GraphQLServerOptions server, bool includeExceptionDetails)
    {
        server.MaxDepth = ServerLimits.MaxExecutionDepth;
        server.MaxRequestBodySize = ServerLimits.MaxRequestBodyBytes;
        server.ExecutionTimeout = ServerLimits.ExecutionTimeout;
        server.IncludeExceptionDetails = includeExceptionDetails;

        // `?sdl` answers schema.graphql itself (see SchemaFileMiddleware), byte for byte.
        server.EnableSdl = false;
        server.ConfigureContextData = (http, data) =>
        {
            if (http.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
            {
                data[NmnSchema.AuthorizationKey] = authorization;
            }
        };
    }
}
