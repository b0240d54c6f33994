using Microsoft.Extensions.DependencyInjection;
using NmnGraph.Server.Configuration;
using NmnGraph.Server.Hosting;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NmnGraph.Server.Tests.Telemetry;

public sealed class TelemetryWiringTests
{
    [Fact]
    public void Without_an_otlp_endpoint_no_tracer_or_meter_provider_is_registered()
    {
        var services = new ServiceCollection();
        services.AddNmnTelemetry(new NmnServerOptions());
        Assert.DoesNotContain(services, service => service.ServiceType == typeof(TracerProvider) || service.ServiceType == typeof(MeterProvider));
    }

    [Fact]
    public void An_otlp_endpoint_registers_both_providers()
    {
        var services = new ServiceCollection();
        services.AddNmnTelemetry(new NmnServerOptions { Otlp = new OtlpSetting(new Uri("http://127.0.0.1:4318"), OtlpExportProtocol.HttpProtobuf) });
        Assert.Contains(services, service => service.ServiceType == typeof(TracerProvider));
        Assert.Contains(services, service => service.ServiceType == typeof(MeterProvider));
    }
}
