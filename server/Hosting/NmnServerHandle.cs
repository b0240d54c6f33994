using Microsoft.AspNetCore.Builder;
using NmnGraph.GraphQL.Execution;
using NmnGraph.Server.Api;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Hosting;

/// <summary>A running server: where it listens, an in-process executor (for an in-memory transport), and its shutdown.</summary>
public sealed class NmnServerHandle : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal NmnServerHandle(WebApplication app, Uri graphQLEndpoint, IRequestExecutor executor, NmnDatabase database, CorpusChangeFeed changes)
    {
        Changes = changes;
        _app = app;
        GraphQLEndpoint = graphQLEndpoint;
        Executor = executor;
        Database = database;
    }

    /// <summary>The bound GraphQL endpoint, e.g. <c>http://127.0.0.1:41234/graphql</c>.</summary>
    public Uri GraphQLEndpoint { get; }

    /// <summary>Runs requests in-process against the same schema and database, without HTTP.</summary>
    public IRequestExecutor Executor { get; }

    public NmnDatabase Database { get; }

    /// <summary>The feed behind <c>Subscription.corpusChanged</c>.</summary>
    public CorpusChangeFeed Changes { get; }

    /// <summary>Completes when the server stops (Ctrl+C or <see cref="DisposeAsync"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);

        // Registered as an instance, so the container leaves it to us.
        await Database.DisposeAsync().ConfigureAwait(false);
    }
}
