using Microsoft.Extensions.DependencyInjection;

namespace NmnGraph.Client.Tests.AsGenerated;

/// <summary>As generated: the client facade, one property per operation.</summary>
public sealed class ThingsClient(
    GetThingQuery getThing,
    ListThingsQuery listThings,
    RenameThingMutation renameThing,
    ThingChangedSubscription thingChanged)
{
    public GetThingQuery GetThing { get; } = getThing;

    public ListThingsQuery ListThings { get; } = listThings;

    public RenameThingMutation RenameThing { get; } = renameThing;

    public ThingChangedSubscription ThingChanged { get; } = thingChanged;
}

/// <summary>As generated: <c>AddNmnGraphClient</c> is the core registration plus the operations.</summary>
public static class ThingsClientServiceCollectionExtensions
{
    public static IServiceCollection AddThingsClient(this IServiceCollection services, Uri endpoint) =>
        services.AddGraphQLClientCore(endpoint).AddThingsOperations();

    public static IServiceCollection AddThingsClient(this IServiceCollection services, Func<IServiceProvider, IGraphQLTransport> createTransport) =>
        services.AddGraphQLClientCore(createTransport).AddThingsOperations();

    private static IServiceCollection AddThingsOperations(this IServiceCollection services)
    {
        services.AddSingleton<GetThingQuery>();
        services.AddSingleton<ListThingsQuery>();
        services.AddSingleton<RenameThingMutation>();
        services.AddSingleton<ThingChangedSubscription>();
        services.AddSingleton<ThingsClient>();
        return services;
    }
}
