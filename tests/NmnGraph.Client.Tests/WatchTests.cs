using NmnGraph.Client.Store;
using NmnGraph.Client.Tests.AsGenerated;
using NmnGraph.Client.Tests.Fakes;

namespace NmnGraph.Client.Tests;

public sealed class WatchTests : IAsyncDisposable
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private readonly FakeThingService _service = new();
    private readonly OperationExecutor _executor;
    private readonly GetThingQuery _getThing;
    private readonly ListThingsQuery _listThings;
    private readonly RenameThingMutation _renameThing;
    private readonly CancellationTokenSource _end = new();

    public WatchTests()
    {
        _executor = new OperationExecutor(_service.Transport);
        _getThing = new GetThingQuery(_executor);
        _listThings = new ListThingsQuery(_executor);
        _renameThing = new RenameThingMutation(_executor);
    }

    [Fact]
    public async Task Execute_parses_a_full_result_end_to_end()
    {
        OperationResult<GetThingResult> result = await _getThing.ExecuteAsync("t1");

        GetThing_Thing thing = result.EnsureNoErrors().Thing!;
        Assert.Equal(new GetThing_Thing_Owner("Person", "p1", "Ada"), thing.Owner);
        Assert.Equal(4.5, thing.Rating);
        Assert.Equal(["home"], thing.Tags);
        Assert.Equal(new DateOnly(2024, 2, 29), thing.Published);
        Assert.Equal(OperationResultSource.Network, result.Source);
    }

    [Fact]
    public async Task CacheFirst_asks_the_network_once()
    {
        await using IAsyncEnumerator<OperationResult<GetThingResult>> first = Watch("t1", ExecutionStrategy.CacheFirst);
        OperationResult<GetThingResult> fromNetwork = await NextAsync(first);
        await using IAsyncEnumerator<OperationResult<GetThingResult>> second = Watch("t1", ExecutionStrategy.CacheFirst);
        OperationResult<GetThingResult> fromCache = await NextAsync(second);

        Assert.Equal(OperationResultSource.Network, fromNetwork.Source);
        Assert.Equal(OperationResultSource.Cache, fromCache.Source);
        Assert.Equal(fromNetwork.Data!.Thing! with { Tags = [] }, fromCache.Data!.Thing! with { Tags = [] });
        Assert.Equal(fromNetwork.Data.Thing.Tags, fromCache.Data.Thing.Tags);
        Assert.Equal(1, _service.Calls("GetThing"));
    }

    [Fact]
    public async Task CacheFirst_refreshes_a_cached_partial_result()
    {
        _service.OverrideResponse = """
            {"data":{"things":[{"__typename":"Thing","id":"t1","name":"Lamp"}]},
             "errors":[{"message":"Desk unavailable.","path":["things",1]}]}
            """;
        await _listThings.ExecuteAsync();
        _service.OverrideResponse = null;

        await using IAsyncEnumerator<OperationResult<ListThingsResult>> watch =
            _listThings.Watch(ExecutionStrategy.CacheFirst, _end.Token).GetAsyncEnumerator(_end.Token);
        OperationResult<ListThingsResult> partial = await NextAsync(watch);
        OperationResult<ListThingsResult> complete = await NextAsync(watch);

        Assert.Equal((OperationResultSource.Cache, 1), (partial.Source, partial.Errors.Count));
        Assert.Equal(["Lamp"], partial.Data!.Things.Select(t => t.Name));
        Assert.True(complete.IsSuccess);
        Assert.Equal(["Lamp", "Desk"], complete.Data.Things.Select(t => t.Name));
        Assert.Equal(2, _service.Calls("ListThings"));
    }

    [Fact]
    public async Task NetworkOnly_always_asks_the_network()
    {
        await _getThing.ExecuteAsync("t1");

        await using IAsyncEnumerator<OperationResult<GetThingResult>> watch = Watch("t1", ExecutionStrategy.NetworkOnly);
        OperationResult<GetThingResult> result = await NextAsync(watch);

        Assert.Equal(OperationResultSource.Network, result.Source);
        Assert.Equal(2, _service.Calls("GetThing"));
    }

    [Fact]
    public async Task CacheAndNetwork_delivers_the_cached_result_then_the_network_one()
    {
        await _getThing.ExecuteAsync("t1");
        _service.Things["t1"] = "Brighter lamp";

        await using IAsyncEnumerator<OperationResult<GetThingResult>> watch = Watch("t1", ExecutionStrategy.CacheAndNetwork);
        OperationResult<GetThingResult> cached = await NextAsync(watch);
        OperationResult<GetThingResult> fresh = await NextAsync(watch);

        Assert.Equal((OperationResultSource.Cache, "Lamp"), (cached.Source, cached.Data!.Thing!.Name));
        Assert.Equal((OperationResultSource.Network, "Brighter lamp"), (fresh.Source, fresh.Data!.Thing!.Name));
        Assert.Equal(2, _service.Calls("GetThing"));
    }

    [Fact]
    public async Task CacheAndNetwork_without_a_cached_result_asks_the_network_only_once()
    {
        await using IAsyncEnumerator<OperationResult<GetThingResult>> watch = Watch("t1", ExecutionStrategy.CacheAndNetwork);
        OperationResult<GetThingResult> result = await NextAsync(watch);

        Assert.Equal(OperationResultSource.Network, result.Source);
        Assert.Equal(1, _service.Calls("GetThing"));
    }

    [Fact]
    public async Task A_mutation_changing_an_entity_updates_earlier_watchers()
    {
        await using IAsyncEnumerator<OperationResult<GetThingResult>> detail = Watch("t1", ExecutionStrategy.CacheFirst);
        await using IAsyncEnumerator<OperationResult<ListThingsResult>> list =
            _listThings.Watch(cancellationToken: _end.Token).GetAsyncEnumerator(_end.Token);
        Assert.Equal("Lamp", (await NextAsync(detail)).Data!.Thing!.Name);
        Assert.Equal(["Lamp", "Desk"], (await NextAsync(list)).Data!.Things.Select(t => t.Name));

        (await _renameThing.ExecuteAsync("t1", "Reading lamp")).EnsureNoErrors();

        OperationResult<GetThingResult> updatedDetail = await NextAsync(detail);
        OperationResult<ListThingsResult> updatedList = await NextAsync(list);
        Assert.Equal(OperationResultSource.Cache, updatedDetail.Source);
        Assert.Equal("Reading lamp", updatedDetail.Data!.Thing!.Name);
        Assert.Equal(4.5, updatedDetail.Data.Thing.Rating);
        Assert.Equal(["Reading lamp", "Desk"], updatedList.Data!.Things.Select(t => t.Name));
        Assert.Equal(1, _service.Calls("GetThing"));
        Assert.Equal(1, _service.Calls("ListThings"));
    }

    [Fact]
    public async Task A_nested_entity_changed_by_another_query_updates_the_watcher()
    {
        await using IAsyncEnumerator<OperationResult<GetThingResult>> detail = Watch("t1", ExecutionStrategy.CacheFirst);
        await NextAsync(detail);

        _service.OwnerName = "Grace";
        await _getThing.ExecuteAsync("t2");

        Assert.Equal("Grace", (await NextAsync(detail)).Data!.Thing!.Owner!.Name);
    }

    [Fact]
    public async Task A_subscription_event_updates_watchers()
    {
        await using IAsyncEnumerator<OperationResult<GetThingResult>> detail = Watch("t1", ExecutionStrategy.CacheFirst);
        await NextAsync(detail);
        var subscription = new ThingChangedSubscription(_executor);
        await using IAsyncEnumerator<OperationResult<ThingChangedResult>> events =
            subscription.SubscribeAsync(_end.Token).GetAsyncEnumerator(_end.Token);

        _service.Things["t1"] = "Pushed lamp";
        _service.PublishThingChanged("t1");

        Assert.Equal("Pushed lamp", (await NextAsync(events)).Data!.ThingChanged.Name);
        Assert.Equal("Pushed lamp", (await NextAsync(detail)).Data!.Thing!.Name);
    }

    [Fact]
    public async Task A_watcher_whose_result_became_incomplete_asks_the_network_again()
    {
        await using IAsyncEnumerator<OperationResult<GetThingResult>> detail = Watch("t1", ExecutionStrategy.CacheFirst);
        await NextAsync(detail);

        _executor.Store.Evict(new EntityId("Person", "p1"));
        OperationResult<GetThingResult> refetched = await NextAsync(detail);

        Assert.Equal(OperationResultSource.Network, refetched.Source);
        Assert.Equal("Ada", refetched.Data!.Thing!.Owner!.Name);
        Assert.Equal(2, _service.Calls("GetThing"));
    }

    [Fact]
    public async Task TryGetCached_answers_synchronously_after_a_fetch_and_sees_later_changes()
    {
        Assert.False(_getThing.TryGetCached(new GetThingVariables("t1"), out _));
        await _getThing.ExecuteAsync("t1");
        await _renameThing.ExecuteAsync("t1", "Renamed");

        Assert.True(_getThing.TryGetCached(new GetThingVariables("t1"), out OperationResult<GetThingResult>? cached));
        Assert.Equal("Renamed", cached.Data!.Thing!.Name);
        Assert.Equal(OperationResultSource.Cache, cached.Source);
        Assert.False(_getThing.TryGetCached(new GetThingVariables("t2"), out _));
        Assert.True(_listThings.TryGetCached(out _) is false);
    }

    [Fact]
    public async Task Failed_network_answers_are_delivered_and_not_cached()
    {
        _service.OverrideResponse = """{"errors":[{"message":"Thing store offline.","extensions":{"code":"UNAVAILABLE"}}]}""";

        await using IAsyncEnumerator<OperationResult<GetThingResult>> detail = Watch("t1", ExecutionStrategy.CacheFirst);
        OperationResult<GetThingResult> failed = await NextAsync(detail);

        Assert.Equal("UNAVAILABLE", Assert.Single(failed.Errors).Code);
        Assert.False(_getThing.TryGetCached(new GetThingVariables("t1"), out _));
    }

    [Fact]
    public async Task Cancelling_a_watch_ends_it()
    {
        await using IAsyncEnumerator<OperationResult<GetThingResult>> detail = Watch("t1", ExecutionStrategy.CacheFirst);
        await NextAsync(detail);

        ValueTask<bool> waiting = detail.MoveNextAsync();
        await _end.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await waiting);
    }

    [Fact]
    public void Running_an_operation_the_wrong_way_is_a_programming_error()
    {
        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(
            () => _renameThing.Watch(new RenameThingVariables("t1", "x")));
        Assert.Equal("Watch cannot run RenameThing, which is a mutation.", exception.Message);
        Assert.Throws<InvalidOperationException>(() => { _ = new ThingChangedSubscription(_executor).ExecuteAsync(); });
    }

    public async ValueTask DisposeAsync()
    {
        await _end.CancelAsync();
        _end.Dispose();
    }

    private IAsyncEnumerator<OperationResult<GetThingResult>> Watch(string id, ExecutionStrategy strategy) =>
        _getThing.Watch(id, strategy, _end.Token).GetAsyncEnumerator(_end.Token);

    private static async Task<T> NextAsync<T>(IAsyncEnumerator<T> enumerator)
    {
        Assert.True(await enumerator.MoveNextAsync().AsTask().WaitAsync(s_wait));
        return enumerator.Current;
    }
}
