using System.Text.Json;
using NmnGraph.Client.Serialization;

namespace NmnGraph.Client.Tests.AsGenerated;

// mutation RenameThing($id: ID!, $name: String!) { renameThing(id: $id, name: $name) { name } }

public sealed record RenameThingVariables(string Id, string Name) : IGraphQLVariables
{
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteScalar("id", Id, BuiltInScalars.Id);
        writer.WriteString("name", Name);
        writer.WriteEndObject();
    }
}

public sealed record RenameThingResult(RenameThing_Thing RenameThing)
{
    public static RenameThingResult Parse(JsonElement data) => new(
        data.GetRequiredObject("renameThing", RenameThing_Thing.Parse));
}

public sealed record RenameThing_Thing(string TypeName, string Id, string Name)
{
    public static RenameThing_Thing Parse(JsonElement obj) => new(
        obj.GetTypeName(),
        obj.GetRequiredId("id"),
        obj.GetRequiredString("name"));
}

public sealed class RenameThingMutation(OperationExecutor executor) : GraphQLOperation<RenameThingVariables, RenameThingResult>(executor)
{
    public override string OperationName => "RenameThing";

    public override string Document =>
        "mutation RenameThing($id: ID!, $name: String!) { renameThing(id: $id, name: $name) { __typename id name } }";

    public override OperationKind Kind => OperationKind.Mutation;

    public Task<OperationResult<RenameThingResult>> ExecuteAsync(string id, string name, CancellationToken cancellationToken = default) =>
        ExecuteAsync(new RenameThingVariables(id, name), cancellationToken);

    protected override RenameThingResult ParseData(JsonElement data) => RenameThingResult.Parse(data);
}
