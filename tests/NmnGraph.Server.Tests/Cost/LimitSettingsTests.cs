using Microsoft.Extensions.Configuration;
using NmnGraph.Server.Configuration;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Server.Tests.Cost;

/// <summary>The cost and output limits come from flags, then the environment, then appsettings.json, then the defaults.</summary>
public sealed class LimitSettingsTests
{
    private static readonly IConfiguration s_appSettings = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NmnGraph:MaxFieldCost"] = "300",
            ["NmnGraph:MaxTypeCost"] = "400",
            ["NmnGraph:MaxResultValues"] = "500",
        })
        .Build();

    private static readonly IConfiguration s_empty = new ConfigurationBuilder().Build();

    [Fact]
    public void Flags_win_then_the_environment_then_appsettings()
    {
        Func<string, string?> environment = name => name == "NMNGRAPH_MAX_TYPE_COST" ? "40" : null;

        Assert.Equal(new LimitSettings(3, 40, 500), LimitSettings.Resolve(3, null, null, environment, s_appSettings));
    }

    [Fact]
    public void Without_settings_the_server_limits_apply()
    {
        Assert.Equal(
            new LimitSettings(ServerLimits.MaxFieldCost, ServerLimits.MaxTypeCost, ServerLimits.MaxResultValues),
            LimitSettings.Resolve(null, null, null, _ => null, s_empty));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_bad_value_names_its_source(string value)
    {
        ServerStartException exception = Assert.Throws<ServerStartException>(
            () => LimitSettings.Resolve(null, null, null, name => name == "NMNGRAPH_MAX_FIELD_COST" ? value : null, s_empty));

        Assert.Equal($"$NMNGRAPH_MAX_FIELD_COST must be a positive whole number, got '{value}'.", exception.Message);
    }
}
