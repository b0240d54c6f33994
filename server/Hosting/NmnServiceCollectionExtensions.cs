using Microsoft.Extensions.DependencyInjection;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using NmnGraph.Server.Api;
using NmnGraph.Server.Api.Loading;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Hosting;

/// <summary>The composition of an NmnGraph server: the database, then the GraphQL API over it.</summary>
public static class NmnServiceCollectionExtensions
{
    /// <summary>Registers an open database; the container disposes it with the host.</summary>
    public static IServiceCollection AddNmnDatabase(this IServiceCollection services, NmnDatabase database)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(database);
        return services.AddSingleton(database);
    }

    /// <summary>Registers the schema bound to the database and the request executor (with DataLoader batching).</summary>
    public static IServiceCollection AddNmnGraphQL(this IServiceCollection services, NmnApiOptions options, bool includeExceptionDetails = false)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddHttpContextAccessor();
        services.AddSingleton(options);
        services.AddSingleton(sp => NmnSchema.Build(sp.GetRequiredService<NmnDatabase>(), options));
        services.AddSingleton<IRequestExecutor>(sp => CreateExecutor(sp.GetRequiredService<Schema>(), includeExceptionDetails));
        return services;
    }

    /// <summary>The executor NmnGraph runs requests with: cached documents, limits, masked errors, batched loads.</summary>
    public static IRequestExecutor CreateExecutor(Schema schema, bool includeExceptionDetails)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new BatchingRequestExecutor(new RequestExecutor(schema, new RequestExecutorOptions
        {
            DocumentCache = new InMemoryDocumentCache(),
            MaxExecutionDepth = ServerLimits.MaxExecutionDepth,
            ExecutionTimeout = ServerLimits.ExecutionTimeout,
            IncludeExceptionDetails = includeExceptionDetails,
        }));
    }
}
