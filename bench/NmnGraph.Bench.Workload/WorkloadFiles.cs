namespace NmnGraph.Bench.Workload;

/// <summary>The benchmark workload folder (the repository's <c>bench/workload</c>): schema, data and the q1–q6 queries.</summary>
public sealed class WorkloadFiles
{
    private WorkloadFiles(string directory)
    {
        Directory = directory;
        Sdl = File.ReadAllText(Path.Combine(directory, "schema.graphql"));
        Queries = System.IO.Directory.GetFiles(Path.Combine(directory, "queries"), "q*.graphql")
            .Order(StringComparer.Ordinal)
            .ToDictionary(path => Path.GetFileName(path)[..2], File.ReadAllText, StringComparer.Ordinal);
        Variables = System.IO.Directory.GetFiles(Path.Combine(directory, "queries"), "q*.variables.json")
            .ToDictionary(path => Path.GetFileName(path)[..2], File.ReadAllText, StringComparer.Ordinal);
    }

    public string Directory { get; }

    public string Sdl { get; }

    /// <summary>Query texts by case name (<c>q1</c> … <c>q6</c>).</summary>
    public IReadOnlyDictionary<string, string> Queries { get; }

    /// <summary>Variables JSON by case name, for the cases that have them.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }

    public string DatasetPath => Path.Combine(Directory, "dataset.json");

    public static WorkloadFiles Open(string directory)
    {
        if (!File.Exists(Path.Combine(directory, "schema.graphql")))
        {
            throw new DirectoryNotFoundException($"No workload (schema.graphql, dataset.json, queries/) in \"{directory}\".");
        }

        return new WorkloadFiles(Path.GetFullPath(directory));
    }

    /// <summary>
    /// <paramref name="explicitDirectory"/>, else <c>$NMNGRAPH_WORKLOAD</c>, else the repository's own copy
    /// (<c>bench/workload</c>) found walking up from <paramref name="start"/> (the build output) to the folder that holds
    /// <c>NmnGraph.sln</c>.
    /// </summary>
    public static WorkloadFiles Locate(string? explicitDirectory = null, string? start = null)
    {
        if (!string.IsNullOrEmpty(explicitDirectory))
        {
            return Open(explicitDirectory);
        }

        if (Environment.GetEnvironmentVariable("NMNGRAPH_WORKLOAD") is { Length: > 0 } fromEnvironment)
        {
            return Open(fromEnvironment);
        }

        for (DirectoryInfo? directory = new(start ?? AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "bench", "workload");
            if (File.Exists(Path.Combine(directory.FullName, "NmnGraph.sln")) && File.Exists(Path.Combine(candidate, "schema.graphql")))
            {
                return Open(candidate);
            }
        }

        throw new DirectoryNotFoundException("The benchmark workload was not found: pass --workload DIR or set NMNGRAPH_WORKLOAD.");
    }
}
