using System.Text.Json;
using NmnGraph.Client.Serialization;
using NmnGraph.Client.Store;
using static NmnGraph.Client.Tests.OperationResultTests;

namespace NmnGraph.Client.Tests;

public sealed class EntityStoreTests
{
    private const string Detail = """
        {"thing":{"__typename":"Thing","id":"t1","name":"Lamp","rating":4.5,
                  "owner":{"__typename":"Person","id":"p1","name":"Ada"},
                  "stats":{"__typename":"Stats","views":3}}}
        """;

    private const string List = """
        {"things":[{"__typename":"Thing","id":"t1","name":"Lamp"},{"__typename":"Thing","id":"t2","name":"Desk"}]}
        """;

    private readonly EntityStore _store = new();

    [Fact]
    public void Results_are_normalized_into_entities_by_typename_and_id()
    {
        _store.Write("detail", Json(Detail));
        _store.Write("list", Json(List));

        Assert.Equal(3, _store.EntityCount);
        Assert.True(_store.TryGetEntity(new EntityId("Thing", "t1"), out JsonElement thing));
        Assert.Equal("Lamp", thing.GetRequiredString("name"));
        Assert.Equal("Person:p1", thing.GetProperty("owner").GetProperty("__ref").GetString());
        Assert.Equal(3, thing.GetProperty("stats").GetRequiredInt("views"));
        Assert.False(_store.TryGetEntity(new EntityId("Stats", "3"), out _));
    }

    [Fact]
    public void A_result_reads_back_exactly_what_it_selected()
    {
        _store.Write("detail", Json(Detail));
        _store.Write("list", Json(List));

        Assert.True(_store.TryRead("list", out JsonElement list, out _));
        Assert.True(JsonElement.DeepEquals(Json(List), list), list.GetRawText());
        Assert.True(_store.TryRead("detail", out JsonElement detail, out _));
        Assert.True(JsonElement.DeepEquals(Json(Detail), detail), detail.GetRawText());
    }

    [Fact]
    public void A_later_result_changing_an_entity_is_visible_in_an_earlier_result()
    {
        _store.Write("detail", Json(Detail));

        IReadOnlySet<EntityId> changed = _store.Write("list", Json(List.Replace("\"Lamp\"", "\"Floor lamp\"", StringComparison.Ordinal)));

        Assert.Contains(new EntityId("Thing", "t1"), changed);
        Assert.True(_store.TryRead("detail", out JsonElement detail, out _));
        Assert.Equal("Floor lamp", detail.GetProperty("thing").GetRequiredString("name"));
        Assert.Equal("Ada", detail.GetProperty("thing").GetProperty("owner").GetRequiredString("name"));
    }

    [Fact]
    public void Rewriting_identical_data_changes_nothing()
    {
        _store.Write("detail", Json(Detail));

        Assert.Empty(_store.Write("detail", Json(Detail)));
    }

    [Fact]
    public void Objects_without_id_are_stored_inline_and_replaced()
    {
        _store.Write("detail", Json(Detail));
        _store.Write("detail", Json(Detail.Replace("\"views\":3", "\"views\":4", StringComparison.Ordinal)));

        Assert.True(_store.TryRead("detail", out JsonElement detail, out _));
        Assert.Equal(4, detail.GetProperty("thing").GetProperty("stats").GetRequiredInt("views"));
    }

    [Fact]
    public void Lists_of_different_types_keep_each_types_selection()
    {
        const string Search = """
            {"search":[{"__typename":"Article","id":"a1","title":"NMN and bones"},
                       {"__typename":"Study","id":"s1","year":2023,"doi":null},
                       {"__typename":"Article","id":"a2","title":"NMN and skin"}]}
            """;
        _store.Write("search", Json(Search));

        Assert.True(_store.TryRead("search", out JsonElement search, out _));
        Assert.True(JsonElement.DeepEquals(Json(Search), search), search.GetRawText());
    }

    [Fact]
    public void Evicting_an_entity_makes_results_holding_it_incomplete()
    {
        _store.Write("detail", Json(Detail));
        _store.Write("list", Json(List));

        Assert.True(_store.Evict(new EntityId("Person", "p1")));

        Assert.False(_store.TryRead("detail", out _, out _));
        Assert.True(_store.TryRead("list", out _, out _));
    }

    [Fact]
    public void A_field_that_now_holds_objects_never_selected_here_is_incomplete()
    {
        _store.Write("detail", Json("""{"thing":{"__typename":"Thing","id":"t1","name":"Lamp","owner":null}}"""));
        Assert.True(_store.TryRead("detail", out _, out _));

        _store.Write("other", Json(Detail));

        // "detail" never learned what it selects inside owner, so it cannot be answered from the store.
        Assert.False(_store.TryRead("detail", out _, out _));
    }

    [Fact]
    public void UpdateEntity_merges_fields_and_keeps_the_rest()
    {
        _store.Write("detail", Json(Detail));

        _store.UpdateEntity(new EntityId("Thing", "t1"), Json("""{"rating":1.0}"""));

        Assert.True(_store.TryRead("detail", out JsonElement detail, out _));
        Assert.Equal(1.0, detail.GetProperty("thing").GetRequiredFloat("rating"));
        Assert.Equal("Lamp", detail.GetProperty("thing").GetRequiredString("name"));
    }

    [Fact]
    public void Stored_errors_come_back_with_the_result()
    {
        _store.Write("detail", Json(Detail), [new ClientError("Partial.", "PARTIAL")]);

        Assert.True(_store.TryRead("detail", out _, out IReadOnlyList<ClientError> errors));
        Assert.Equal("PARTIAL", Assert.Single(errors).Code);
    }

    [Fact]
    public void Unknown_operation_is_a_miss_and_clear_forgets_everything()
    {
        Assert.False(_store.TryRead("nothing", out _, out _));
        _store.Write("detail", Json(Detail));

        _store.Clear();

        Assert.Equal(0, _store.EntityCount);
        Assert.False(_store.TryRead("detail", out _, out _));
    }
}
