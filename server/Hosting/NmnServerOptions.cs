using Microsoft.Extensions.Logging;
using NmnGraph.GraphQL.Validation.Cost;
using NmnGraph.Server.Configuration;

namespace NmnGraph.Server.Hosting;

/// <summary>What an NmnGraph server serves and where; every property has a working default.</summary>
public sealed record NmnServerOptions
{
    /// <summary>The default listening address of <c>nmngraph serve</c>.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The database file (created and seeded with the corpus when new); null for the default database.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:0</c> for an ephemeral loopback port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key mutations need; null refuses every mutation.</summary>
    public string? ApiKey { get; init; }

    /// <summary>
    /// The one deadline of a request (HTTP, <c>nmngraph query</c> and the embedded browser alike): past it the work
    /// is cancelled and the answer is <c>EXECUTION_TIMEOUT</c>; null for none.
    /// </summary>
    public TimeSpan? ExecutionTimeout { get; init; } = ServerLimits.ExecutionTimeout;

    /// <summary>The most field cost an operation may have (<c>COST_LIMIT_EXCEEDED</c>); null for no limit.</summary>
    public double? MaxFieldCost { get; init; } = ServerLimits.MaxFieldCost;

    /// <summary>The most type cost an operation may have (<c>COST_LIMIT_EXCEEDED</c>); null for no limit.</summary>
    public double? MaxTypeCost { get; init; } = ServerLimits.MaxTypeCost;

    /// <summary>The most values one response may hold (<c>RESULT_LIMIT_EXCEEDED</c>); null for no limit.</summary>
    public int? MaxResultValues { get; init; } = ServerLimits.MaxResultValues;

    /// <summary>The cost analysis these options ask for (the engine's default weights, these limits).</summary>
    public CostOptions CostOptions => new() { MaxFieldCost = MaxFieldCost, MaxTypeCost = MaxTypeCost };

    /// <summary>
    /// Browser origins (e.g. <c>https://studio.example.org</c>) allowed to call the API cross-origin: their CORS
    /// preflight requests are answered. Empty (the default): CORS is off.
    /// </summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>Development: unexpected errors carry the exception's type and message.</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>How long a write waits for another writer's lock before failing with STORAGE_UNAVAILABLE; null for the store's default.</summary>
    public TimeSpan? BusyTimeout { get; init; }

    /// <summary>Seed an empty new database with the embedded corpus.</summary>
    public bool SeedCorpus { get; init; } = true;

    /// <summary>Log through the console (the standalone server); an embedding host usually turns this off.</summary>
    public bool ConsoleLogging { get; init; } = true;

    /// <summary>Plain text lines or JSON objects on the console (with <see cref="ConsoleLogging"/>).</summary>
    public LogFormat LogFormat { get; init; } = LogFormat.Text;

    /// <summary>Adds log providers or filters after the console's (an embedding host's own logger, a test's capture).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>Whether a browser opening <c>/graphql</c> gets GraphiQL (<c>serve --no-ide</c> turns it off).</summary>
    public bool Ide { get; init; } = true;

    /// <summary>Trusted documents requests may name by id (<c>serve --persisted DIR</c>); null for none.</summary>
    public NmnGraph.GraphQL.AspNetCore.PersistedOperationStore? PersistedOperations { get; init; }

    /// <summary>Run only the documents in <see cref="PersistedOperations"/> (<c>serve --only-persisted</c>).</summary>
    public bool OnlyPersisted { get; init; }

    /// <summary>Export traces and metrics to this OTLP collector (<c>serve --otlp URL</c>); null exports nothing.</summary>
    public OtlpSetting? Otlp { get; init; }

    /// <summary>Adds to the OpenTelemetry tracing (a test's in-memory exporter); setting it turns telemetry on.</summary>
    public Action<OpenTelemetry.Trace.TracerProviderBuilder>? ConfigureTracing { get; init; }

    /// <summary>Adds to the OpenTelemetry metrics; setting it turns telemetry on.</summary>
    public Action<OpenTelemetry.Metrics.MeterProviderBuilder>? ConfigureMetrics { get; init; }
}
