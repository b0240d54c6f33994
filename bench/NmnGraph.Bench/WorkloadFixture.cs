using NmnGraph.Bench.Workload;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.Bench;

/// <summary>The workload loaded once per benchmark process: schema bound to the in-memory graph, queries and variables.</summary>
internal static class WorkloadFixture
{
    private static readonly Lazy<(WorkloadFiles Files, Schema Schema)> s_loaded = new(() =>
    {
        WorkloadFiles workload = WorkloadFiles.Locate();
        return (workload, WorkloadSchema.Build(workload.Sdl, WorkloadData.Load(workload.DatasetPath)));
    });

    public static WorkloadFiles Workload => s_loaded.Value.Files;

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
