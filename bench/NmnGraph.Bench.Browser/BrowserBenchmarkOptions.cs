using System.Globalization;

namespace NmnGraph.Bench.Browser;

/// <summary>What the browser benchmark runs on: a database made by <c>nmngraph generate</c>, presses per scenario, the transport.</summary>
public sealed record BrowserBenchmarkOptions(string Database, int Presses, bool Http)
{
    public static BrowserBenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? database = null;
        int presses = 40;
        bool http = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--presses" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0:
                    presses = n;
                    i++;
                    break;
                case "--http":
                    http = true;
                    break;
                case { } path when database is null && !path.StartsWith('-') && File.Exists(path):
                    database = path;
                    break;
                default:
                    return null;
            }
        }

        return database is null ? null : new BrowserBenchmarkOptions(database, presses, http);
    }
}
