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
    public static IServiceCollection AddNmnGraphQL(this IServiceCollection services, NmnServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        NmnApiOptions api = ApiOptions(options);
        services.AddSingleton(api);
        return services.AddGraphQLServer(
            provider => NmnSchema.Build(provider.GetRequiredService<NmnDatabase>(), api, provider.GetRequiredService<CorpusChangeFeed>()),
            server => Configure(server, options));
    }

    /// <summary>A GraphQL server over <paramref name="database"/> without HTTP (<c>nmngraph query</c>, the embedded browser).</summary>
    public static GraphQLServer CreateServer(NmnDatabase database, NmnServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        var server = new GraphQLServerOptions();
        Configure(server, options);
        return new GraphQLServer(NmnSchema.Build(database, ApiOptions(options)), server, options.IncludeExceptionDetails);
    }

    private static NmnApiOptions ApiOptions(NmnServerOptions options) => new() { ApiKey = options.ApiKey };

    private static void Configure(GraphQLServerOptions server, NmnServerOptions options)
    {
        server.MaxDepth = ServerLimits.MaxExecutionDepth;
        server.MaxRequestBodySize = ServerLimits.MaxRequestBodyBytes;
        server.ExecutionTimeout = options.ExecutionTimeout;
        server.Cost = options.CostOptions;
        server.MaxResultValues = options.MaxResultValues;
        server.IncludeExceptionDetails = options.IncludeExceptionDetails;

        server.DetectUnavailable = (exception, http) => http.RequestServices.GetRequiredService<NmnDatabase>().ClassifyFailure(exception) is { } failure
            ? new UnavailableFailure(ApiErrors.StorageUnavailableCode, $"Storage is unavailable: {failure.Reason}. Nothing was changed.", failure.RetryAfter)
            : null;

        // `?sdl` answers schema.graphql itself (see SchemaFileMiddleware), byte for byte.
        server.EnableSdl = false;
        server.ConfigureContextData = (http, data) =>
        {
            if (http.Items.TryGetValue(ApiKeyAuthentication.AuthenticatedItem, out object? authenticated) && authenticated is true)
            {
                data[NmnSchema.AuthenticatedKey] = true;
            }
        };
        NmnServerFeatures.Apply(server, options);
    }
}
