namespace NmnGraph.Server.Tests.Api;

/// <summary>One read-only server over the seed corpus, shared by the query tests of a class.</summary>
public sealed class SeededServerFixture : IAsyncLifetime
{
    internal ApiServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ApiServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
