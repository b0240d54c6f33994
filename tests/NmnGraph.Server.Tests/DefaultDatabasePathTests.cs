using NmnGraph.Server.Configuration;

namespace NmnGraph.Server.Tests;

public sealed class DefaultDatabasePathTests
{
    [Fact]
    public void Explicit_environment_variable_wins()
    {
        var env = new Dictionary<string, string?> { ["NMNGRAPH_DB"] = "/data/x.db", ["XDG_DATA_HOME"] = "/xdg" };
        Assert.Equal("/data/x.db", DefaultDatabasePath.Resolve(k => env.GetValueOrDefault(k), "/home/u"));
    }

    [Fact]
    public void Xdg_data_home_is_used_when_set()
    {
        var env = new Dictionary<string, string?> { ["XDG_DATA_HOME"] = "/xdg" };
        Assert.Equal("/xdg/nmngraph/nmngraph.db", DefaultDatabasePath.Resolve(k => env.GetValueOrDefault(k), "/home/u"));
    }

    [Fact]
    public void Falls_back_to_local_share_under_home() =>
        Assert.Equal("/home/u/.local/share/nmngraph/nmngraph.db", DefaultDatabasePath.Resolve(_ => null, "/home/u"));

    [Fact]
    public void Empty_variables_are_ignored() =>
        Assert.Equal("/home/u/.local/share/nmngraph/nmngraph.db", DefaultDatabasePath.Resolve(_ => "", "/home/u"));
}
