using Microsoft.Extensions.DependencyInjection;
using NmnGraph.Client;

namespace NmnGraph.Tui.App;

/// <summary>
/// Where the browser's data comes from: a typed client, available once <see cref="ConnectAsync"/> has finished (for the
/// embedded default that is when the in-process server has started). Commands are the only callers.
/// </summary>
public sealed class BrowserBackend : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<(NmnGraphClient Client, string Description, IAsyncDisposable? Owned)>> _connect;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private NmnGraphClient? _client;
    private IAsyncDisposable? _owned;

    private BrowserBackend(Func<CancellationToken, Task<(NmnGraphClient, string, IAsyncDisposable?)>> connect)
    {
        _connect = connect;
        Changes = new CorpusWatch(GetClientAsync);
    }

    /// <summary>The corpus's changes as the server announces them (started by the first wait for one).</summary>
    public CorpusWatch Changes { get; }

    /// <summary>A client that already exists (tests: a client over a fake transport).</summary>
    public static BrowserBackend ForClient(NmnGraphClient client, string description)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new BrowserBackend(_ => Task.FromResult<(NmnGraphClient, string, IAsyncDisposable?)>((client, description, null)));
    }

    /// <summary>A client over any transport, registered the way the application registers it.</summary>
    public static BrowserBackend ForTransport(IGraphQLTransport transport, string description)
    {
        ArgumentNullException.ThrowIfNull(transport);
        return new BrowserBackend(_ =>
        {
            ServiceProvider services = new ServiceCollection().AddNmnGraphClient(_ => transport).BuildServiceProvider();
            return Task.FromResult<(NmnGraphClient, string, IAsyncDisposable?)>((services.GetRequiredService<NmnGraphClient>(), description, services));
        });
    }

    /// <summary>A server that is already running somewhere (<c>--server URL</c>).</summary>
    public static BrowserBackend Remote(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Uri graphql = endpoint.AbsolutePath.TrimEnd('/').EndsWith("/graphql", StringComparison.OrdinalIgnoreCase)
            ? endpoint
            : new Uri(endpoint, endpoint.AbsolutePath.TrimEnd('/') + "/graphql");
        return new BrowserBackend(_ =>
        {
            ServiceProvider services = new ServiceCollection().AddNmnGraphClient(graphql).BuildServiceProvider();
            return Task.FromResult<(NmnGraphClient, string, IAsyncDisposable?)>((services.GetRequiredService<NmnGraphClient>(), graphql.ToString(), services));
        });
    }

    /// <summary>Starts whatever is needed through <paramref name="start"/> (the embedded server) on first connect.</summary>
    public static BrowserBackend Started(Func<CancellationToken, Task<(Uri Endpoint, string Description, IAsyncDisposable Server)>> start)
    {
        ArgumentNullException.ThrowIfNull(start);
        return new BrowserBackend(async ct =>
        {
            (Uri endpoint, string description, IAsyncDisposable server) = await start(ct).ConfigureAwait(false);
            ServiceProvider services = new ServiceCollection().AddNmnGraphClient(endpoint).BuildServiceProvider();
            return (services.GetRequiredService<NmnGraphClient>(), description, new Owned(server, services));
        });
    }

    /// <summary>Starts an in-process server through <paramref name="start"/> on first connect and talks to it through its transport.</summary>
    public static BrowserBackend StartedInProcess(Func<CancellationToken, Task<(IGraphQLTransport Transport, string Description, IAsyncDisposable Server)>> start)
    {
        ArgumentNullException.ThrowIfNull(start);
        return new BrowserBackend(async ct =>
        {
            (IGraphQLTransport transport, string description, IAsyncDisposable server) = await start(ct).ConfigureAwait(false);
            ServiceProvider services = new ServiceCollection().AddNmnGraphClient(_ => transport).BuildServiceProvider();
            return (services.GetRequiredService<NmnGraphClient>(), description, new Owned(server, services));
        });
    }

    /// <summary>Connects (once; later calls return at once) and says where the data comes from.</summary>
    public async Task<string> ConnectAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_client is null || Description is null)
            {
                (NmnGraphClient client, string description, IAsyncDisposable? owned) = await _connect(cancellationToken).ConfigureAwait(false);
                _client = client;
                _owned = owned;
                Description = description;
            }

            return Description;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Set once connected.</summary>
    public string? Description { get; private set; }

    /// <summary>The client; connects first when needed.</summary>
    public async Task<NmnGraphClient> GetClientAsync(CancellationToken cancellationToken)
    {
        await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return _client!;
    }

    public async ValueTask DisposeAsync()
    {
        await Changes.DisposeAsync().ConfigureAwait(false);
        if (_owned is { } owned)
        {
            _owned = null;
            await owned.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }

    private sealed class Owned(IAsyncDisposable server, ServiceProvider services) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync().ConfigureAwait(false);
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
