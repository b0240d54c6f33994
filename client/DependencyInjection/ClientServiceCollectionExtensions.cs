using Microsoft.Extensions.DependencyInjection.Extensions;
using NmnGraph.Client;
using NmnGraph.Client.Store;
using NmnGraph.Client.Transport;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The non-generated part of client registration. The generated <c>AddNmnGraphClient(Uri)</c> calls
/// <see cref="AddGraphQLClientCore(IServiceCollection, Uri, Action{HttpGraphQLTransportOptions}?)"/> and then registers
/// its operations and client facade as singletons.
/// </summary>
public static class ClientServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the transport asks <see cref="IHttpClientFactory"/> for.</summary>
    public const string HttpClientName = "NmnGraph.Client";

    /// <summary>
    /// Registers the HTTP transport (posting to <paramref name="endpoint"/>, e.g. <c>http://127.0.0.1:5080/graphql</c>; subscriptions
    /// over WebSocket when the server offers it, else SSE),
    /// the <see cref="EntityStore"/> and the <see cref="OperationExecutor"/>, all singletons. Registrations made before
    /// (a test's fake transport, say) are kept.
    /// </summary>
    public static IServiceCollection AddGraphQLClientCore(
        this IServiceCollection services,
        Uri endpoint,
        Action<HttpGraphQLTransportOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException($"The GraphQL endpoint must be an absolute URI, not \"{endpoint}\".", nameof(endpoint));
        }

        // The generated client sends the hashes of its operations first (they are in its persisted-operations manifest).
        var options = new HttpGraphQLTransportOptions { SendPersistedQueryHashFirst = true };
        configure?.Invoke(options);

        // The transport applies its own timeout; HttpClient's would also cut long-lived subscription streams.
        services.AddHttpClient(HttpClientName, client =>
        {
            client.BaseAddress = endpoint;
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        services.TryAddSingleton<IGraphQLTransport>(provider =>
        {
            IHttpClientFactory factory = provider.GetRequiredService<IHttpClientFactory>();
            var http = new HttpGraphQLTransport(() => factory.CreateClient(HttpClientName), options);

            // Subscriptions over WebSocket where the server offers it, else over SSE.
            return new WebSocketGraphQLTransport(http, endpoint);
        });
        return services.AddGraphQLClientRuntime();
    }

    /// <summary>
    /// Registers a custom transport (e.g. an <see cref="InMemoryGraphQLTransport"/> over an embedded engine), the
    /// <see cref="EntityStore"/> and the <see cref="OperationExecutor"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLClientCore(
        this IServiceCollection services,
        Func<IServiceProvider, IGraphQLTransport> createTransport)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(createTransport);
        services.TryAddSingleton(createTransport);
        return services.AddGraphQLClientRuntime();
    }

    private static IServiceCollection AddGraphQLClientRuntime(this IServiceCollection services)
    {
        services.TryAddSingleton<EntityStore>();
        services.TryAddSingleton(provider => new OperationExecutor(
            provider.GetRequiredService<IGraphQLTransport>(),
            provider.GetRequiredService<EntityStore>()));
        return services;
    }
}
