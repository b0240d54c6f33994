using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NmnGraph.GraphQL.Diagnostics;
using NmnGraph.Server.Configuration;
using NmnGraph.Server.Store;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NmnGraph.Server.Hosting;

/// <summary>
/// The server's traces and metrics through OpenTelemetry: the request (ASP.NET Core), the GraphQL operation with its
/// parse, validate, execute and DataLoader batch spans (the engine's <see cref="GraphQLTelemetry"/>), and each SQL
/// statement (<see cref="StoreTelemetry"/> on SQLite, Npgsql's own source on PostgreSQL). Off unless an OTLP endpoint
/// is set or a host adds its own exporter: then nothing listens, and the engine records nothing.
/// </summary>
public static class NmnTelemetry
{
    /// <summary>The activity sources the server listens to.</summary>
    public static IReadOnlyList<string> Sources { get; } = [GraphQLTelemetry.Name, StoreTelemetry.Name, "Npgsql"];

    /// <summary>The meters the server exports (besides ASP.NET Core's own HTTP metrics).</summary>
    public static IReadOnlyList<string> Meters { get; } = [GraphQLTelemetry.Name];

    /// <summary>The <c>service.name</c> of the exported data, unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string ServiceName = "nmngraph";

    public static IServiceCollection AddNmnTelemetry(this IServiceCollection services, NmnServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        OtlpSetting? otlp = options.Otlp;
        if (otlp is null && options.ConfigureTracing is null && options.ConfigureMetrics is null)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME") is { Length: > 0 } name ? name : ServiceName,
                serviceVersion: typeof(NmnTelemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing =>
            {
                // Probes of a load balancer would be most of the traces and tell nothing.
                tracing.AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !IsHealthProbe(http.Request.Path));
                tracing.AddSource([.. Sources]);
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(exporter =>
                    {
                        exporter.Protocol = otlp.Protocol;
                        exporter.Endpoint = otlp.SignalEndpoint("v1/traces");
                    });
                }

                options.ConfigureTracing?.Invoke(tracing);
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation();
                metrics.AddMeter([.. Meters]);
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(exporter =>
                    {
                        exporter.Protocol = otlp.Protocol;
                        exporter.Endpoint = otlp.SignalEndpoint("v1/metrics");
                    });
                }

                options.ConfigureMetrics?.Invoke(metrics);
            });
        return services;
    }

    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.Ordinal) || path.StartsWithSegments("/readyz", StringComparison.Ordinal);
}
