using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using NmnGraph.Bench.Peers.GraphQLDotNet;

namespace NmnGraph.Bench;

/// <summary>The workload as GraphQL.NET sees it: its schema, built once per process and initialized.</summary>
internal static class PeerFixture
{
    private static readonly Lazy<ISchema> s_schema = new(() =>
    {
        ISchema schema = WorkloadGraphQLDotNetSchema.Build(WorkloadFixture.Workload.Sdl, WorkloadFixture.Data);
        schema.Initialize();
        return schema;
    });

    public static ISchema Schema => s_schema.Value;

    public static GraphQLOperationDefinition FirstOperation(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLOperationDefinition>().First();

    public static Inputs Variables(string json) => new global::GraphQL.SystemTextJson.GraphQLSerializer().Deserialize<Inputs>(json) ?? Inputs.Empty;
}
