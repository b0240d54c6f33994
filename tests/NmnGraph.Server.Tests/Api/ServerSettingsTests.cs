using Microsoft.Extensions.Configuration;
using NmnGraph.Server.Configuration;

namespace NmnGraph.Server.Tests.Api;

/// <summary>Settings come from flags, then the environment, then appsettings.json.</summary>
public sealed class ServerSettingsTests
{
    private static readonly IConfiguration s_appSettings = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NmnGraph:Urls"] = "http://127.0.0.1:7000",
            ["NmnGraph:Database"] = "/from/appsettings.db",
            ["NmnGraph:ApiKey"] = "appsettings-key",
        })
        .Build();

    [Fact]
    public void Flags_win_over_environment_and_appsettings()
    {
        ServerSettings settings = ServerSettings.Resolve("http://127.0.0.1:9000", "/from/flag.db", "flag-key", Environment, s_appSettings);
        Assert.Equal(new ServerSettings("http://127.0.0.1:9000", "/from/flag.db", "flag-key"), settings);
    }

    [Fact]
    public void Environment_wins_over_appsettings()
    {
        ServerSettings settings = ServerSettings.Resolve(null, null, null, Environment, s_appSettings);
        Assert.Equal(new ServerSettings("http://127.0.0.1:8000", "/from/env.db", "env-key"), settings);
    }

    [Fact]
    public void Appsettings_apply_when_nothing_else_says()
    {
        ServerSettings settings = ServerSettings.Resolve(null, null, null, _ => null, s_appSettings);
        Assert.Equal(new ServerSettings("http://127.0.0.1:7000", "/from/appsettings.db", "appsettings-key"), settings);
    }

    [Fact]
    public void Defaults_serve_on_5080_without_a_key()
    {
        ServerSettings settings = ServerSettings.Resolve(null, null, null, name => name == "XDG_DATA_HOME" ? "/xdg" : null, new ConfigurationBuilder().Build());
        Assert.Equal(new ServerSettings("http://127.0.0.1:5080", Path.Combine("/xdg", "nmngraph", "nmngraph.db"), null), settings);
    }

    private static string? Environment(string name) => name switch
    {
        "NMNGRAPH_URLS" => "http://127.0.0.1:8000",
        "NMNGRAPH_DB" => "/from/env.db",
        "NMNGRAPH_API_KEY" => "env-key",
        _ => null,
    };
}
