using NmnGraph.Client;
using NmnGraph.Client.Transport;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Tui;

/// <summary>
/// The embedded default (DESIGN.md): the NmnGraph server inside the browser's process, over the default database
/// (created and seeded on first start). The browser reaches it only through the typed client: either over loopback
/// HTTP (<see cref="StartHttpAsync"/>, exactly like a standalone server) or through the in-memory transport
/// (<see cref="StartInMemoryAsync"/>, the default: no web host to start and no HTTP stack to warm up, so the corpus
/// is on screen sooner). Neither writes logs to the terminal.
/// </summary>
public static class EmbeddedServer
{
    /// <summary>The server's in-process pipeline (<see cref="InProcessServer"/>) behind an <see cref="InMemoryGraphQLTransport"/>.</summary>
    public static async Task<(IGraphQLTransport Transport, string Description, IAsyncDisposable Server)> StartInMemoryAsync(
        string databasePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        InProcessServer server = await InProcessServer.OpenAsync(new NmnServerOptions { DatabasePath = databasePath }, cancellationToken).ConfigureAwait(false);
        var transport = new InMemoryGraphQLTransport((request, ct) =>
            server.ExecuteJsonAsync(request.Query, request.GetVariablesJson(), request.OperationName, ct));
        return (transport, $"in-process server on {databasePath}", server);
    }

    /// <summary>The full server (<see cref="NmnServerHost"/>) on a loopback ephemeral port, reached over HTTP.</summary>
    public static async Task<(Uri Endpoint, string Description, IAsyncDisposable Server)> StartHttpAsync(
        string databasePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        NmnServerHandle handle = await NmnServerHost.StartAsync(
            new NmnServerOptions { DatabasePath = databasePath, Urls = "http://127.0.0.1:0", ConsoleLogging = false },
            cancellationToken).ConfigureAwait(false);
        return (handle.GraphQLEndpoint, $"embedded server {handle.GraphQLEndpoint} on {databasePath}", handle);
    }
}
