namespace NmnGraph.Server.Tests.Api;

/// <summary>One read-only server over the seed corpus, shared by the query tests of a class.</summary>
public class SeededServerFixture : IAsyncLifetime
{
    private ApiServer? _server;
    private string? _skipped;

    internal ApiServer Server => _skipped is not null ? throw new SkipException(_skipped) : _server!;

    /// <summary>The engine the server runs on; <see cref="PostgresSeededServerFixture"/> says PostgreSQL.</summary>
    protected virtual TestBackend Backend => TestBackend.Sqlite;

    public async Task InitializeAsync()
    {
        try
        {
            _server = await ApiServer.StartAsync(backend: Backend);
        }
        catch (SkipException exception)
        {
            // Reported as skipped by each test that asks for the server.
            _skipped = exception.Message;
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
