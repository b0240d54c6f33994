using System.Diagnostics;
using System.Globalization;
using NmnGraph.Server.Api;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NmnGraph.Bench.Api;

/// <summary>
/// What telemetry costs a request: <c>telemetry DATABASE [ROUNDS] [REQUESTS]</c>. One server; each round runs every
/// mode in turn (see <see cref="Mode"/>; every span sampled and handed to a batch exporter that discards it, so
/// everything but the network runs). Sequential requests over loopback HTTP after a warm-up; prints per scenario
/// the p50 and mean of each mode and their ratios to telemetry off.
/// </summary>
public static class TelemetryOverhead
{
    public static async Task<int> RunAsync(string databasePath, int rounds, int requests, TextWriter output)
    {
        await using NmnServerHandle server = await QuietServer.StartAsync(databasePath);
        using var http = new HttpClient { BaseAddress = server.GraphQLEndpoint };
        long articles = (await server.Database.GetStatsAsync(CancellationToken.None)).Articles;
        var random = new Random(42);
        var scenarios = new (string Name, Func<(string Query, Dictionary<string, object?> Variables)> Next)[]
        {
            ("{ __typename } (pure overhead)", () => ("{ __typename }", [])),
            ("stats (one statement)", () => ("query Stats { stats { articles studies claims } }", [])),
            ("article detail (~12 batches)", () => ("""
                query Detail($id: ID!) { node(id: $id) { ... on Article { title text blocks { kind } mentions { quote claim { slug } }
                  claims(first: 20) { nodes { statement evidence { stance study { label citedBy(first: 5) { nodes { title } } } } } }
                  citations { study { label } } corrections { original } topics { label } } } }
                """, new() { ["id"] = GlobalId.Encode(EntityKind.Article, random.NextInt64(1, articles + 1)) })),
        };

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles} articles; {rounds} rounds × {requests} requests per scenario and mode; modes rotate within each round"));
        Mode[] modes = [Mode.Off, Mode.Engine, Mode.Full];
        var samples = new List<double>[scenarios.Length, modes.Length];
        for (int s = 0; s < scenarios.Length; s++)
        {
            foreach (Mode mode in modes)
            {
                samples[s, (int)mode] = [];
            }
        }

        for (int round = 0; round < rounds; round++)
        {
            for (int m = 0; m < modes.Length; m++)
            {
                Mode mode = modes[(m + round) % modes.Length];
                using TracerProvider? tracing = mode == Mode.Off ? null : StartTracing(mode == Mode.Full);
                using MeterProvider? metrics = mode == Mode.Off ? null : StartMetrics(mode == Mode.Full);
                for (int s = 0; s < scenarios.Length; s++)
                {
                    for (int i = 0; i < requests + 10; i++)
                    {
                        (string query, Dictionary<string, object?> variables) = scenarios[s].Next();
                        long start = Stopwatch.GetTimestamp();
                        await GraphQLPost.SendAsync(http, null, query, variables);
                        if (i >= 10)
                        {
                            samples[s, (int)mode].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                        }
                    }
                }
            }
        }

        for (int s = 0; s < scenarios.Length; s++)
        {
            List<double> off = samples[s, (int)Mode.Off];
            List<double> engine = samples[s, (int)Mode.Engine];
            List<double> full = samples[s, (int)Mode.Full];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{scenarios[s].Name,-32} p50 off {Median(off),6:F3} ms  engine {Median(engine),6:F3} ({Median(engine) / Median(off):F2}×)  full {Median(full),6:F3} ({Median(full) / Median(off):F2}×)"
                + $"   mean off {off.Average(),6:F3}  engine {engine.Average(),6:F3} ({engine.Average() / off.Average():F2}×)  full {full.Average(),6:F3} ({full.Average() / off.Average():F2}×)"));
        }

        return 0;
    }

    /// <summary>Off: nobody listens. Engine: NmnGraph's sources and meter only. Full: what <c>serve --otlp</c> turns on (plus ASP.NET Core's request span and HTTP metrics).</summary>
    private enum Mode
    {
        Off,
        Engine,
        Full,
    }

    private static TracerProvider StartTracing(bool aspNetCore)
    {
        TracerProviderBuilder builder = Sdk.CreateTracerProviderBuilder().AddSource([.. NmnTelemetry.Sources]);
        if (aspNetCore)
        {
            builder.AddAspNetCoreInstrumentation();
        }

        return builder.AddProcessor(new BatchActivityExportProcessor(new DiscardingExporter<Activity>())).Build();
    }

    private static MeterProvider StartMetrics(bool aspNetCore)
    {
        MeterProviderBuilder builder = Sdk.CreateMeterProviderBuilder().AddMeter([.. NmnTelemetry.Meters]);
        if (aspNetCore)
        {
            builder.AddAspNetCoreInstrumentation();
        }

        return builder.AddReader(new PeriodicExportingMetricReader(new DiscardingExporter<Metric>(), exportIntervalMilliseconds: 1000)).Build();
    }

    private static double Median(List<double> samples)
    {
        double[] sorted = [.. samples.Order()];
        return sorted[sorted.Length / 2];
    }

    /// <summary>An exporter that drops what it gets: the SDK's whole path runs, the network does not.</summary>
    private sealed class DiscardingExporter<T> : BaseExporter<T>
        where T : class
    {
        public override ExportResult Export(in Batch<T> batch) => ExportResult.Success;
    }
}
