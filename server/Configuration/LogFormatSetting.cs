using Microsoft.Extensions.Configuration;

namespace NmnGraph.Server.Configuration;

/// <summary>
/// The log format from, in order: <c>--log-format</c>, <c>NMNGRAPH_LOG_FORMAT</c>, appsettings <c>NmnGraph:LogFormat</c>;
/// <c>text</c> by default.
/// </summary>
public static class LogFormatSetting
{
    public const string EnvironmentVariable = "NMNGRAPH_LOG_FORMAT";

    public const string AppSettingsKey = "NmnGraph:LogFormat";

    public static readonly string[] Names = ["text", "json"];

    /// <summary>The format, or false with a one-line <paramref name="error"/> naming where the unknown value came from.</summary>
    public static bool TryResolve(string? flag, Func<string, string?> environment, IConfiguration appSettings, out LogFormat format, out string? error)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(appSettings);
        (string? value, string source) = Present(flag) ? (flag, "--log-format")
            : Present(environment(EnvironmentVariable)) ? (environment(EnvironmentVariable), EnvironmentVariable)
            : (appSettings[AppSettingsKey], "appsettings " + AppSettingsKey);
        error = null;
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "text":
                format = LogFormat.Text;
                return true;
            case "json":
                format = LogFormat.Json;
                return true;
            default:
                format = LogFormat.Text;
                error = $"unknown log format '{value}' (from {source}); use text or json.";
                return false;
        }
    }

    private static bool Present(string? value) => !string.IsNullOrWhiteSpace(value);
}
