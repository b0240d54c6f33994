using Microsoft.Extensions.DependencyInjection;
using NmnGraph.Client.Store;
using NmnGraph.Client.Tests.AsGenerated;
using NmnGraph.Client.Tests.Fakes;
using NmnGraph.Client.Transport;

namespace NmnGraph.Client.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task Generated_registration_over_http_reaches_the_server()
    {
        await using var server = new LoopbackServer(LoopbackServer.Respond(
            200,
            GraphQLMediaTypes.GraphQLResponse,
            """{"data":{"things":[{"__typename":"Thing","id":"t9","name":"Kettle"}]}}"""));
        await using ServiceProvider provider = new ServiceCollection().AddThingsClient(server.Endpoint).BuildServiceProvider();

        ThingsClient client = provider.GetRequiredService<ThingsClient>();
        OperationResult<ListThingsResult> result = await client.ListThings.ExecuteAsync();

        Assert.Equal("Kettle", Assert.Single(result.EnsureNoErrors().Things).Name);
        Assert.IsType<WebSocketGraphQLTransport>(provider.GetRequiredService<IGraphQLTransport>());
        Assert.Same(provider.GetRequiredService<EntityStore>(), provider.GetRequiredService<OperationExecutor>().Store);
        Assert.Equal(1, provider.GetRequiredService<EntityStore>().EntityCount);
    }

    [Fact]
    public async Task Generated_registration_with_an_in_memory_transport()
    {
        var service = new FakeThingService();
        await using ServiceProvider provider = new ServiceCollection()
            .AddThingsClient(_ => service.Transport)
            .BuildServiceProvider();

        ThingsClient client = provider.GetRequiredService<ThingsClient>();

        Assert.Equal("Desk", (await client.GetThing.ExecuteAsync("t2")).EnsureNoErrors().Thing!.Name);
        Assert.Equal(1, service.Calls("GetThing"));
    }

    [Fact]
    public void A_relative_endpoint_is_rejected()
    {
        ArgumentException exception = Assert.Throws<ArgumentException>(
            () => new ServiceCollection().AddGraphQLClientCore(new Uri("/graphql", UriKind.Relative)));
        Assert.Contains("absolute", exception.Message, StringComparison.Ordinal);
    }
}
