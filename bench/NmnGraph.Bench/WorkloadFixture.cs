using NmnGraph.Bench.Workload;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.Bench;

/// <summary>The workload loaded once per benchmark process: schema bound to the in-memory graph, queries and variables.</summary>
internal static class WorkloadFixture
{
    private static readonly Lazy<(WorkloadFiles Files, WorkloadData Data, Schema Schema)> s_loaded = new(() =>
    {
        WorkloadFiles workload = WorkloadFiles.Locate();
        WorkloadData data = WorkloadData.Load(workload.DatasetPath);
        return (workload, data, WorkloadSchema.Build(workload.Sdl, data));
    });

    public static WorkloadFiles Workload => s_loaded.Value.Files;

    /// <summary>The in-memory graph, shared with the peers' schemas so that every engine resolves the same objects.</summary>
    public static WorkloadData Data => s_loaded.Value.Data;

    public static Schema Schema => s_loaded.Value.Schema;

    public static string Query(string name) => Workload.Queries[name];

    public static IReadOnlyDictionary<string, object?>? Variables(string name)
    {
        if (!Workload.Variables.TryGetValue(name, out string? json))
        {
            return null;
        }

        using var document = System.Text.Json.JsonDocument.Parse(json);
        return JsonValues.VariablesFromElement(document.RootElement);
    }
}
