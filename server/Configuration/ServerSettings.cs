using Microsoft.Extensions.Configuration;

namespace NmnGraph.Server.Configuration;

/// <summary>
/// Server settings from, in order of precedence: command-line flags, environment variables
/// (<c>NMNGRAPH_URLS</c>, <c>NMNGRAPH_DB</c>, <c>NMNGRAPH_API_KEY</c>) and <c>appsettings.json</c>
/// (section <c>NmnGraph</c>: <c>Urls</c>, <c>Database</c>, <c>ApiKey</c>) in the working directory or beside the program.
/// </summary>
public sealed record ServerSettings(string Urls, string DatabasePath, string? ApiKey)
{
    public static ServerSettings Resolve(string? urlsFlag, string? databaseFlag, string? apiKeyFlag) =>
        Resolve(urlsFlag, databaseFlag, apiKeyFlag, Environment.GetEnvironmentVariable, LoadAppSettings());

    public static ServerSettings Resolve(string? urlsFlag, string? databaseFlag, string? apiKeyFlag, Func<string, string?> environment, IConfiguration appSettings)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(appSettings);
        string urls = First(urlsFlag, environment("NMNGRAPH_URLS"), appSettings["NmnGraph:Urls"]) ?? Hosting.NmnServerOptions.DefaultUrls;
        string database = First(databaseFlag, environment("NMNGRAPH_DB"), appSettings["NmnGraph:Database"])
            ?? DefaultDatabasePath.Resolve(environment, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
        string? apiKey = First(apiKeyFlag, environment("NMNGRAPH_API_KEY"), appSettings["NmnGraph:ApiKey"]);
        return new ServerSettings(urls, database, apiKey);
    }

    /// <summary>
    /// The database every command uses: the <c>--db</c> flag, else <c>NMNGRAPH_DB</c>, else appsettings
    /// <c>NmnGraph:Database</c>, else the default path (the same order as <c>serve</c>).
    /// </summary>
    public static string ResolveDatabase(string? flag) => Resolve(null, flag, null).DatabasePath;

    /// <summary>
    /// The request deadline in seconds: the <c>--timeout</c> flag, else <c>NMNGRAPH_TIMEOUT</c>, else appsettings
    /// <c>NmnGraph:Timeout</c>, else 30; 0 turns it off. Null with a message when the value is not a number of seconds.
    /// </summary>
    public static (TimeSpan? Timeout, string? Error) ResolveTimeout(string? flag)
    {
        string? text = First(flag, Environment.GetEnvironmentVariable("NMNGRAPH_TIMEOUT"), LoadAppSettings()["NmnGraph:Timeout"]);
        if (text is null)
        {
            return (Hosting.ServerLimits.ExecutionTimeout, null);
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double seconds) && seconds >= 0 && seconds <= 86_400
            ? (seconds == 0 ? null : TimeSpan.FromSeconds(seconds), null)
            : (null, $"the timeout must be a number of seconds from 0 to 86400, got '{text}'.");
    }

    /// <summary>
    /// The origins CORS allows: the <c>--cors</c> flags, else <c>NMNGRAPH_CORS</c> (separated by commas or spaces),
    /// else appsettings <c>NmnGraph:Cors</c> (an array, or one string); none turns CORS off.
    /// </summary>
    public static IReadOnlyList<string> ResolveCorsOrigins(IReadOnlyList<string>? flags) =>
        ResolveCorsOrigins(flags, Environment.GetEnvironmentVariable, LoadAppSettings());

    public static IReadOnlyList<string> ResolveCorsOrigins(IReadOnlyList<string>? flags, Func<string, string?> environment, IConfiguration appSettings)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(appSettings);
        if (flags is { Count: > 0 })
        {
            return flags;
        }

        if (environment("NMNGRAPH_CORS") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        IConfigurationSection section = appSettings.GetSection("NmnGraph:Cors");
        return section.Value is { Length: > 0 } single
            ? [single]
            : [.. section.GetChildren().Select(child => child.Value).OfType<string>().Where(value => value.Length > 0)];
    }

    /// <summary><c>appsettings.json</c> beside the program, overridden by one in the working directory.</summary>
    public static IConfiguration LoadAppSettings() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false)
        .Build();

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
