using System.Text.Json;
using NmnGraph.Client.Serialization;

namespace NmnGraph.Client.Tests.AsGenerated;

// What codegen should emit for:
//
//   query GetThing($id: ID!) {
//     thing(id: $id) { name rating tags kind published owner { name } }
//   }
//
// after adding __typename and id to every selection set of a type that has them.

/// <summary>The variables of GetThing.</summary>
public sealed record GetThingVariables(string Id) : IGraphQLVariables
{
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteScalar("id", Id, BuiltInScalars.Id);
        writer.WriteEndObject();
    }
}

/// <summary>The data of GetThing.</summary>
public sealed record GetThingResult(GetThing_Thing? Thing)
{
    public static GetThingResult Parse(JsonElement data) => new(
        data.GetOptionalObject("thing", GetThing_Thing.Parse));
}

public sealed record GetThing_Thing(
    string TypeName,
    string Id,
    string Name,
    double? Rating,
    IReadOnlyList<string> Tags,
    ThingKind Kind,
    DateOnly? Published,
    GetThing_Thing_Owner? Owner)
{
    public static GetThing_Thing Parse(JsonElement obj) => new(
        obj.GetTypeName(),
        obj.GetRequiredId("id"),
        obj.GetRequiredString("name"),
        obj.GetOptionalFloat("rating"),
        obj.GetRequiredList("tags", static item => item.ToRequiredString()),
        obj.GetRequiredEnum("kind", ThingKindValues.Parse),
        obj.GetOptionalScalar("published", BuiltInScalars.Date),
        obj.GetOptionalObject("owner", GetThing_Thing_Owner.Parse));
}

public sealed record GetThing_Thing_Owner(string TypeName, string Id, string Name)
{
    public static GetThing_Thing_Owner Parse(JsonElement obj) => new(
        obj.GetTypeName(),
        obj.GetRequiredId("id"),
        obj.GetRequiredString("name"));
}

/// <summary>The operation; registered as a singleton and exposed as <c>client.GetThing</c>.</summary>
public sealed class GetThingQuery(OperationExecutor executor) : GraphQLOperation<GetThingVariables, GetThingResult>(executor)
{
    public const string Text =
        """
        query GetThing($id: ID!) {
          thing(id: $id) {
            __typename
            id
            name
            rating
            tags
            kind
            published
            owner {
              __typename
              id
              name
            }
          }
        }
        """;

    public override string OperationName => "GetThing";

    public override string Document => Text;

    public override OperationKind Kind => OperationKind.Query;

    public Task<OperationResult<GetThingResult>> ExecuteAsync(string id, CancellationToken cancellationToken = default) =>
        ExecuteAsync(new GetThingVariables(id), cancellationToken);

    public IAsyncEnumerable<OperationResult<GetThingResult>> Watch(
        string id,
        ExecutionStrategy strategy = ExecutionStrategy.CacheFirst,
        CancellationToken cancellationToken = default) =>
        Watch(new GetThingVariables(id), strategy, cancellationToken);

    protected override GetThingResult ParseData(JsonElement data) => GetThingResult.Parse(data);
}
