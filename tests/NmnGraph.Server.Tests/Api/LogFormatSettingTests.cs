using Microsoft.Extensions.Configuration;
using NmnGraph.Server.Configuration;

namespace NmnGraph.Server.Tests.Api;

/// <summary>The log format comes from --log-format, then NMNGRAPH_LOG_FORMAT, then appsettings; text by default.</summary>
public sealed class LogFormatSettingTests
{
    [Theory]
    [InlineData("json", "text", "text", LogFormat.Json)]
    [InlineData(null, "JSON", "text", LogFormat.Json)]
    [InlineData(null, null, "json", LogFormat.Json)]
    [InlineData(null, "text", "json", LogFormat.Text)]
    [InlineData(null, null, null, LogFormat.Text)]
    public void Flag_then_environment_then_appsettings(string? flag, string? environment, string? appSettings, LogFormat expected)
    {
        Assert.True(LogFormatSetting.TryResolve(flag, Environment(environment), AppSettings(appSettings), out LogFormat format, out string? error), error);
        Assert.Equal(expected, format);
    }

    [Fact]
    public void An_unknown_format_names_its_source()
    {
        Assert.False(LogFormatSetting.TryResolve(null, Environment("xml"), AppSettings(null), out _, out string? error));
        Assert.Equal("unknown log format 'xml' (from NMNGRAPH_LOG_FORMAT); use text or json.", error);
    }

    private static Func<string, string?> Environment(string? value) => name => name == LogFormatSetting.EnvironmentVariable ? value : null;

    private static IConfiguration AppSettings(string? value) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [LogFormatSetting.AppSettingsKey] = value })
        .Build();
}
