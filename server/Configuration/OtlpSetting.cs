using OpenTelemetry.Exporter;

namespace NmnGraph.Server.Configuration;

/// <summary>
/// Where <c>serve</c> exports traces and metrics: the <c>--otlp URL</c> flag, else the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; neither exports nothing. The URL is the collector's base address (as in the
/// OpenTelemetry specification): over OTLP/HTTP (protobuf, the default) each signal goes to its path below it,
/// <c>v1/traces</c> and <c>v1/metrics</c>; <c>OTEL_EXPORTER_OTLP_PROTOCOL=grpc</c> sends to the URL itself.
/// </summary>
public sealed record OtlpSetting(Uri Endpoint, OtlpExportProtocol Protocol)
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ProtocolVariable = "OTEL_EXPORTER_OTLP_PROTOCOL";

    /// <summary>The export setting, or none; a message (for one line on stderr) when the flag or a variable is malformed.</summary>
    public static (OtlpSetting? Setting, string? Error) Resolve(string? flag, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? source = null;
        string? text = null;
        if (!string.IsNullOrWhiteSpace(flag))
        {
            (source, text) = ("--otlp", flag.Trim());
        }
        else if (environment(EndpointVariable) is { } variable && !string.IsNullOrWhiteSpace(variable))
        {
            (source, text) = (EndpointVariable, variable.Trim());
        }

        if (text is null)
        {
            return (null, null);
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? endpoint)
            || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(endpoint.Host))
        {
            return (null, $"{source} '{text}' is not an http:// or https:// URL of an OTLP collector (e.g. http://127.0.0.1:4318).");
        }

        string? protocol = environment(ProtocolVariable)?.Trim();
        return protocol switch
        {
            null or "" or "http/protobuf" => (new OtlpSetting(endpoint, OtlpExportProtocol.HttpProtobuf), null),
            "grpc" => (new OtlpSetting(endpoint, OtlpExportProtocol.Grpc), null),
            _ => (null, $"{ProtocolVariable} '{protocol}' is not supported; use http/protobuf (the default) or grpc."),
        };
    }

    /// <summary>Where one signal (<c>v1/traces</c>, <c>v1/metrics</c>) is sent.</summary>
    public Uri SignalEndpoint(string signalPath) => Protocol == OtlpExportProtocol.Grpc
        ? Endpoint
        : new Uri(Endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath);
}
