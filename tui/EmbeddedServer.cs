using System.Buffers;
using System.Text.Json;
using NmnGraph.Client;
using NmnGraph.Client.Transport;
using NmnGraph.GraphQL.Execution;
using NmnGraph.Server.Api;
using NmnGraph.Server.Hosting;
using NmnGraph.Server.Store;
using EngineRequest = NmnGraph.GraphQL.Execution.GraphQLRequest;

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
    /// <summary>The schema and database executed in-process, behind an <see cref="InMemoryGraphQLTransport"/>.</summary>
    public static async Task<(IGraphQLTransport Transport, string Description, IAsyncDisposable Server)> StartInMemoryAsync(
        string databasePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        NmnDatabase database = await NmnDatabase.OpenAsync(databasePath, new NmnDatabaseOptions { SeedCorpus = true }, cancellationToken).ConfigureAwait(false);
        IRequestExecutor executor;
        try
        {
            executor = NmnServiceCollectionExtensions.CreateServer(database, new NmnServerOptions { DatabasePath = databasePath }).Executor;
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var transport = new InMemoryGraphQLTransport(async (request, ct) =>
        {
            IReadOnlyDictionary<string, object?>? variables = null;
            if (request.GetVariablesJson() is { Length: > 0 } json)
            {
                using JsonDocument document = JsonDocument.Parse(json);
                variables = JsonValues.VariablesFromElement(document.RootElement);
            }

            ExecutionResult result = await executor.ExecuteAsync(new EngineRequest(request.Query, variables, request.OperationName), ct).ConfigureAwait(false);
            var buffer = new ArrayBufferWriter<byte>();
            ExecutionResultWriter.Write(buffer, result);
            return buffer.WrittenMemory;
        });
        return (transport, $"in-process server on {databasePath}", database);
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
