using NmnGraph.Server.Configuration;
using OpenTelemetry.Exporter;

namespace NmnGraph.Server.Tests.Telemetry;

public sealed class OtlpSettingTests
{
    [Fact]
    public void Nothing_is_exported_without_the_flag_or_the_standard_variable()
    {
        (OtlpSetting? setting, string? error) = OtlpSetting.Resolve(null, Environment(("OTEL_SERVICE_NAME", "x")));
        Assert.Null(setting);
        Assert.Null(error);
    }

    [Fact]
    public void The_flag_wins_over_the_variable_and_each_signal_has_its_path_below_the_base_url()
    {
        (OtlpSetting? setting, string? error) = OtlpSetting.Resolve("http://127.0.0.1:4318", Environment(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")));
        Assert.Null(error);
        Assert.Equal(OtlpExportProtocol.HttpProtobuf, setting!.Protocol);
        Assert.Equal("http://127.0.0.1:4318/v1/traces", setting.SignalEndpoint("v1/traces").AbsoluteUri);

        (setting, _) = OtlpSetting.Resolve(null, Environment(("OTEL_EXPORTER_OTLP_ENDPOINT", "https://otel.example.org/ingest/")));
        Assert.Equal("https://otel.example.org/ingest/v1/metrics", setting!.SignalEndpoint("v1/metrics").AbsoluteUri);
    }

    [Fact]
    public void Grpc_sends_to_the_url_itself()
    {
        (OtlpSetting? setting, _) = OtlpSetting.Resolve(null, Environment(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317"), ("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")));
        Assert.Equal(OtlpExportProtocol.Grpc, setting!.Protocol);
        Assert.Equal("http://collector:4317/", setting.SignalEndpoint("v1/traces").AbsoluteUri);
    }

    [Theory]
    [InlineData("notaurl", null, "--otlp 'notaurl' is not an http:// or https:// URL")]
    [InlineData("ftp://collector", null, "--otlp 'ftp://collector' is not an http:// or https:// URL")]
    [InlineData(null, "collector:4318", "OTEL_EXPORTER_OTLP_ENDPOINT 'collector:4318' is not an http:// or https:// URL")]
    public void A_malformed_url_is_refused_with_where_it_came_from(string? flag, string? variable, string message)
    {
        (OtlpSetting? setting, string? error) = OtlpSetting.Resolve(flag, Environment(("OTEL_EXPORTER_OTLP_ENDPOINT", variable)));
        Assert.Null(setting);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_protocol_is_refused()
    {
        (OtlpSetting? setting, string? error) = OtlpSetting.Resolve("http://127.0.0.1:4318", Environment(("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json")));
        Assert.Null(setting);
        Assert.Equal("OTEL_EXPORTER_OTLP_PROTOCOL 'http/json' is not supported; use http/protobuf (the default) or grpc.", error);
    }

    private static Func<string, string?> Environment(params (string Name, string? Value)[] variables) =>
        name => variables.FirstOrDefault(variable => variable.Name == name).Value;
}
