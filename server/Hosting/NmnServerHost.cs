using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NmnGraph.GraphQL.AspNetCore;
using NmnGraph.Server.Api;
using NmnGraph.Server.Configuration;
using NmnGraph.Server.Corpus;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Hosting;

/// <summary>
/// Starts an NmnGraph server, standalone (<c>nmngraph serve</c>) or inside another program (the terminal
/// browser's embedded mode): <c>await using var server = await NmnServerHost.StartAsync(options, ct);</c>.
/// </summary>
public static class NmnServerHost
{
    /// <summary>Opens (creating and seeding) the database, builds the app and starts listening.</summary>
    public static async Task<NmnServerHandle> StartAsync(NmnServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ListenUrls.Check(options.Urls) is { } invalid)
        {
            throw new ServerStartException(invalid);
        }

        WebApplication app = await BuildAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The container does not own the database (it was registered as an instance).
            NmnDatabase database = app.Services.GetRequiredService<NmnDatabase>();
            await app.DisposeAsync().ConfigureAwait(false);
            await database.DisposeAsync().ConfigureAwait(false);
            if (exception is IOException or InvalidOperationException or FormatException or ArgumentException)
            {
                throw new ServerStartException($"cannot listen on '{options.Urls}': {exception.Message}", exception);
            }

            throw;
        }

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? options.Urls;
        var baseUri = new Uri(address.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return new NmnServerHandle(
            app,
            new Uri(baseUri, "graphql"),
            app.Services.GetRequiredService<GraphQLServer>().Executor,
            app.Services.GetRequiredService<NmnDatabase>(),
            app.Services.GetRequiredService<CorpusChangeFeed>());
    }

    /// <summary>The server as an ASP.NET Core app: the table of contents of what it serves.</summary>
    public static async Task<WebApplication> BuildAsync(NmnServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        RaiseThreadPoolFloor();
        NmnDatabase database = await NmnDatabase.OpenAsync(
            options.DatabasePath ?? ServerSettings.ResolveDatabase(null),
            new NmnDatabaseOptions { Seed = options.SeedCorpus ? CorpusSeeder.SeedIfNewAsync : null, BusyTimeout = options.BusyTimeout ?? new NmnDatabaseOptions().BusyTimeout },
            cancellationToken).ConfigureAwait(false);
        try
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "nmngraph" });
            builder.WebHost.UseUrls(options.Urls);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
            builder.Logging.AddNmnLogging(options);

            // ASP.NET Core's own per-request lines (four per request) stay quiet; RequestLog writes one, at Debug.
            // A failed start is reported once, by the caller, not also as a logged stack trace.
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

            if (options.CorsOrigins.Count > 0)
            {
                builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
                    .WithOrigins([.. options.CorsOrigins])
                    .WithMethods("GET", "POST")
                    .WithHeaders("Content-Type", "Accept", "Authorization", "GraphQL-Cost")));
            }

            builder.Services.AddNmnDatabase(database);
            builder.Services.AddNmnGraphQL(options);
            builder.Services.AddNmnTelemetry(options);

            WebApplication app = builder.Build();
            app.UseSecurityHeaders();
            app.UseRequestLog();
            if (options.CorsOrigins.Count > 0)
            {
                // Before the key check: a preflight carries no credentials and must not be refused for lacking them.
                app.UseCors();
            }

            app.UseApiKeyAuthentication("/graphql", options.ApiKey);
            app.MapNmnHealth();
            app.UseWebSockets();
            app.UseSchemaFile("/graphql");
            app.MapGraphQL("/graphql");

            // Build the schema now: an unbound field must stop the server at startup, not at the first request.
            _ = app.Services.GetRequiredService<GraphQLServer>();
            return app;
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>See <see cref="ServerLimits.MinWorkerThreads"/>; only ever raises the floor (it is process-wide).</summary>
    private static void RaiseThreadPoolFloor()
    {
        ThreadPool.GetMinThreads(out int workers, out int completionPorts);
        if (workers < ServerLimits.MinWorkerThreads)
        {
            ThreadPool.SetMinThreads(ServerLimits.MinWorkerThreads, completionPorts);
        }
    }
}
