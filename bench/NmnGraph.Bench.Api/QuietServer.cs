using NmnGraph.Server.Hosting;

namespace NmnGraph.Bench.Api;

/// <summary>The server the in-process benchmarks measure: an existing database, an ephemeral loopback port, no seeding, no console log.</summary>
internal static class QuietServer
{
    public static Task<NmnServerHandle> StartAsync(string databasePath) =>
        NmnServerHost.StartAsync(new NmnServerOptions
        {
            DatabasePath = databasePath,
            Urls = "http://127.0.0.1:0",
            SeedCorpus = false,
            ConsoleLogging = false,
        }, CancellationToken.None);
}
