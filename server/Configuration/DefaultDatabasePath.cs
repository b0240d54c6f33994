namespace NmnGraph.Server.Configuration;

/// <summary>
/// Where the database lives when no <c>--db</c> is given (DESIGN.md, "The embedded default"):
/// <c>$NMNGRAPH_DB</c>, else <c>$XDG_DATA_HOME/nmngraph/nmngraph.db</c>, else
/// <c>~/.local/share/nmngraph/nmngraph.db</c>.
/// </summary>
public static class DefaultDatabasePath
{
    public static string Resolve() =>
        Resolve(Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    public static string Resolve(Func<string, string?> environment, string home)
    {
        ArgumentNullException.ThrowIfNull(environment);

        if (environment("NMNGRAPH_DB") is { Length: > 0 } explicitPath)
        {
            return explicitPath;
        }

        string dataHome = environment("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(home, ".local", "share");
        return Path.Combine(dataHome, "nmngraph", "nmngraph.db");
    }
}
