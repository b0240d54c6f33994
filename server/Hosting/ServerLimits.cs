namespace NmnGraph.Server.Hosting;

/// <summary>Limits that protect the server from expensive requests.</summary>
public static class ServerLimits
{
    /// <summary>The deepest field nesting an operation may select (article → claims → evidence → study → citedBy → … fits).</summary>
    public const int MaxExecutionDepth = 15;

    /// <summary>The largest request body accepted.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The default deadline of a request (<see cref="NmnServerOptions.ExecutionTimeout"/>).</summary>
    /// <summary>
    /// The most field cost (static cost analysis, resolver work) an operation may have: the browser's operations cost
    /// at most 1,260 and the widest test queries (every field of a claim or topic) about 36,000 (see server/README.md);
    /// the nested query of issue 11 costs about 10^18.
    /// </summary>
    public const double MaxFieldCost = 50_000;

    /// <summary>The most type cost (objects a response would hold, by the assumed list sizes) an operation may have.</summary>
    public const double MaxTypeCost = 20_000;

    /// <summary>The most values (fields and list items) one response may hold; a full page of articles with their text is a few thousand.</summary>
    public const int MaxResultValues = 200_000;

    public static readonly TimeSpan ExecutionTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The thread pool's floor of worker threads. SQLite calls block their thread (Microsoft.Data.Sqlite's async
    /// methods run synchronously), so a few slow requests would otherwise hold every worker while the pool grows by
    /// about one thread per half second, and even <c>/healthz</c> would wait seconds for a thread.
    /// </summary>
    public const int MinWorkerThreads = 64;
}
