using System.Text.Json;
using NmnGraph.Client.Serialization;

namespace NmnGraph.Client.Tests.AsGenerated;

// query ListThings { things { name } }  — no variables, so it derives from GraphQLOperation<TData>.

public sealed record ListThingsResult(IReadOnlyList<ListThings_Thing> Things)
{
    public static ListThingsResult Parse(JsonElement data) => new(
        data.GetRequiredList("things", static item => item.ToRequiredObject(ListThings_Thing.Parse)));
}

public sealed record ListThings_Thing(string TypeName, string Id, string Name)
{
    public static ListThings_Thing Parse(JsonElement obj) => new(
        obj.GetTypeName(),
        obj.GetRequiredId("id"),
        obj.GetRequiredString("name"));
}

public sealed class ListThingsQuery(OperationExecutor executor) : GraphQLOperation<ListThingsResult>(executor)
{
    public override string OperationName => "ListThings";

    public override string Document => "query ListThings { things { __typename id name } }";

    public override OperationKind Kind => OperationKind.Query;

    protected override ListThingsResult ParseData(JsonElement data) => ListThingsResult.Parse(data);
}
