using System.Text.Json;
using NmnGraph.Client.Serialization;

namespace NmnGraph.Client.Tests.AsGenerated;

// subscription ThingChanged { thingChanged { name } }

public sealed record ThingChangedResult(ThingChanged_Thing ThingChanged)
{
    public static ThingChangedResult Parse(JsonElement data) => new(
        data.GetRequiredObject("thingChanged", ThingChanged_Thing.Parse));
}

public sealed record ThingChanged_Thing(string TypeName, string Id, string Name)
{
    public static ThingChanged_Thing Parse(JsonElement obj) => new(
        obj.GetTypeName(),
        obj.GetRequiredId("id"),
        obj.GetRequiredString("name"));
}

public sealed class ThingChangedSubscription(OperationExecutor executor) : GraphQLOperation<ThingChangedResult>(executor)
{
    public override string OperationName => "ThingChanged";

    public override string Document => "subscription ThingChanged { thingChanged { __typename id name } }";

    public override OperationKind Kind => OperationKind.Subscription;

    protected override ThingChangedResult ParseData(JsonElement data) => ThingChangedResult.Parse(data);
}
