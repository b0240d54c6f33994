using NmnGraph.GraphQL.DataLoaders;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Tests.DataLoader;

public class DataLoaderTests
{
    private const string Sdl = """
        type Query { articles(count: Int!): [Article!]! }
        type Article { id: Int! claims: [Claim!]! }
        type Claim { id: Int! studies: [Study]! firstStudy: Study }
        type Study { id: Int! title: String }
        """;

    private const string FanOut = "query($n: Int!) { articles(count: $n) { id claims { id studies { id title } } } }";

    /// <summary>Article n makes claims 10n+1 and 10n+2; claim c cites studies c % 7 and c % 5 (many shared).</summary>
    private sealed class Graph(bool asyncResolvers, bool asyncBatches)
    {
        public BatchRecorder<int> ClaimBatches { get; } = new();

        public BatchRecorder<int> StudyBatches { get; } = new();

        public Func<IReadOnlyList<int>, CancellationToken, Task>? StudyHook { get; init; }

        public Schema Build() => SchemaBuilder.FromSdl(Sdl)
            .BindAsync("Query.articles", async ctx =>
            {
                if (asyncResolvers)
                {
                    await Task.Yield();
                }

                return (object)Enumerable.Range(1, ctx.Argument<int>("count")).ToList();
            })
            .Bind("Article.id", ctx => ctx.ParentAs<int>())
            .BindAsync("Article.claims", ctx => ctx.GroupDataLoader<int, int>("claimsByArticle", LoadClaimsAsync).LoadAsync(ctx.ParentAs<int>()))
            .Bind("Claim.id", ctx => ctx.ParentAs<int>())
            .BindAsync("Claim.studies", ctx => StudyLoader(ctx).LoadManyAsync([ctx.ParentAs<int>() % 7, ctx.ParentAs<int>() % 5]))
            .BindAsync("Claim.firstStudy", ctx => StudyLoader(ctx).LoadAsync(ctx.ParentAs<int>() % 7))
            .Bind("Study.id", ctx => ctx.ParentAs<Study>().Id)
            .Bind("Study.title", ctx => ctx.ParentAs<Study>().Title)
            .Build();

        private DataLoader<int, Study> StudyLoader(IResolverContext ctx) => ctx.DataLoader<int, Study>("studyById", LoadStudiesAsync);

        private async Task<IReadOnlyDictionary<int, IReadOnlyList<int>>> LoadClaimsAsync(IReadOnlyList<int> articles, CancellationToken cancellationToken)
        {
            ClaimBatches.Record(articles);
            if (asyncBatches)
            {
                await Task.Delay(1, cancellationToken);
            }

            return articles.ToDictionary(a => a, a => (IReadOnlyList<int>)[(10 * a) + 1, (10 * a) + 2]);
        }

        private async Task<IReadOnlyDictionary<int, Study>> LoadStudiesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            StudyBatches.Record(ids);
            if (StudyHook is not null)
            {
                await StudyHook(ids, cancellationToken);
            }

            if (asyncBatches)
            {
                await Task.Delay(1, cancellationToken);
            }

            // Study 0 does not exist: a missing key loads as null.
            return ids.Where(id => id != 0).ToDictionary(id => id, id => new Study(id, "Study " + id));
        }
    }

    private sealed record Study(int Id, string Title);

    private static Task<ExecutionResult> RunAsync(Schema schema, string query, int articles, CancellationToken cancellationToken = default) =>
        new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(query, new Dictionary<string, object?> { ["n"] = articles }), cancellationToken);

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task Fifty_parents_make_one_batch_per_level(bool asyncResolvers, bool asyncBatches)
    {
        var graph = new Graph(asyncResolvers, asyncBatches);
        ExecutionResult result = await RunAsync(graph.Build(), "query($n: Int!) { articles(count: $n) { id claims { id firstStudy { id } } } }", 50);

        Assert.Empty(result.Errors);
        IReadOnlyList<IReadOnlyList<int>> claimBatches = graph.ClaimBatches.Batches;
        Assert.Single(claimBatches);
        Assert.Equal(Enumerable.Range(1, 50), claimBatches[0]);
        IReadOnlyList<IReadOnlyList<int>> studyBatches = graph.StudyBatches.Batches;
        Assert.Single(studyBatches);
        Assert.Equal(Enumerable.Range(0, 7), studyBatches[0].Order());
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Keys_are_deduplicated_and_values_land_on_every_parent(bool asyncResolvers, bool asyncBatches)
    {
        var graph = new Graph(asyncResolvers, asyncBatches);
        ExecutionResult result = await RunAsync(graph.Build(), FanOut, 3);

        Assert.Empty(result.Errors);
        IReadOnlyList<int> keys = Assert.Single(graph.StudyBatches.Batches);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        string json = ExecutionResultWriter.ToJson(result);

        // Claims 11 → studies 4, 1; 12 → 5, 2; 21 → 0 (missing), 1; 22 → 1, 2; 31 → 3, 1; 32 → 4, 2.
        Assert.Equal([0, 1, 2, 3, 4, 5], keys.Order());
        Assert.Equal(
            """{"data":{"articles":["""
            + """{"id":1,"claims":[{"id":11,"studies":[{"id":4,"title":"Study 4"},{"id":1,"title":"Study 1"}]},{"id":12,"studies":[{"id":5,"title":"Study 5"},{"id":2,"title":"Study 2"}]}]},"""
            + """{"id":2,"claims":[{"id":21,"studies":[null,{"id":1,"title":"Study 1"}]},{"id":22,"studies":[{"id":1,"title":"Study 1"},{"id":2,"title":"Study 2"}]}]},"""
            + """{"id":3,"claims":[{"id":31,"studies":[{"id":3,"title":"Study 3"},{"id":1,"title":"Study 1"}]},{"id":32,"studies":[{"id":4,"title":"Study 4"},{"id":2,"title":"Study 2"}]}]}]}}""",
            json);
    }

    [Fact]
    public async Task Missing_keys_load_as_null()
    {
        var graph = new Graph(false, false);

        // Claim 21 % 7 == 0: no such study.
        ExecutionResult result = await RunAsync(graph.Build(), "query($n: Int!) { articles(count: $n) { claims { id firstStudy { id } } } }", 2);
        Assert.Empty(result.Errors);
        Assert.Contains("""{"id":21,"firstStudy":null}""", ExecutionResultWriter.ToJson(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_batch_becomes_a_field_error_for_each_of_its_keys()
    {
        var graph = new Graph(false, false) { StudyHook = (_, _) => throw new GraphQLException("Study store unavailable.") };
        ExecutionResult result = await RunAsync(graph.Build(), "query($n: Int!) { articles(count: $n) { id claims { id firstStudy { id } } } }", 2);

        Assert.Equal(4, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal("Study store unavailable.", error.Message));
        Assert.Equal(
            [["articles", 0, "claims", 0, "firstStudy"], ["articles", 0, "claims", 1, "firstStudy"], ["articles", 1, "claims", 0, "firstStudy"], ["articles", 1, "claims", 1, "firstStudy"]],
            result.Errors.Select(error => error.Path!.ToArray()).OrderBy(path => string.Join("/", path), StringComparer.Ordinal).ToArray());
        Assert.Equal(
            """{"errors":""",
            ExecutionResultWriter.ToJson(result)[..10]);
        Assert.Contains("""{"id":1,"claims":[{"id":11,"firstStudy":null},{"id":12,"firstStudy":null}]}""", ExecutionResultWriter.ToJson(result), StringComparison.Ordinal);
        Assert.Single(graph.StudyBatches.Batches);
    }

    [Fact]
    public async Task Unexpected_batch_exceptions_are_masked()
    {
        var graph = new Graph(false, true) { StudyHook = (_, _) => Task.FromException(new InvalidOperationException("connection string leaked")) };
        ExecutionResult result = await RunAsync(graph.Build(), "query($n: Int!) { articles(count: $n) { claims { firstStudy { id } } } }", 1);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal("Unexpected Execution Error", error.Message));
        Assert.DoesNotContain("leaked", ExecutionResultWriter.ToJson(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_the_request_cancels_the_batch()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var observed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var graph = new Graph(false, false)
        {
            StudyHook = async (_, cancellationToken) =>
            {
                started.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                finally
                {
                    observed.TrySetResult();
                }
            },
        };
        using var cancel = new CancellationTokenSource();
        Task<ExecutionResult> running = RunAsync(graph.Build(), FanOut, 2, cancel.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TimeSpan.FromSeconds(10)));
        await observed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Loader_outside_the_executor_dispatches_on_request()
    {
        var scheduler = new BatchScheduler();
        var recorder = new BatchRecorder<string>();
        var loader = new DataLoader<string, int>(scheduler, (keys, _) =>
        {
            recorder.Record(keys);
            return Task.FromResult<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length, StringComparer.Ordinal));
        });

        scheduler.Enter();
        Task<int> a = loader.LoadAsync("a");
        Task<IReadOnlyList<int>> many = loader.LoadManyAsync(["bb", "a", "ccc"]);
        Assert.False(a.IsCompleted);
        scheduler.Exit();

        Assert.Equal(1, await a);
        Assert.Equal([2, 1, 3], await many);
        Assert.Equal(["a", "bb", "ccc"], Assert.Single(recorder.Batches));
        Assert.Equal(1, loader.BatchCount);
        Assert.Equal(1, await loader.LoadAsync("a"));
        Assert.Single(recorder.Batches);
    }

    [Fact]
    public async Task Keys_queued_outside_any_bracket_are_still_dispatched()
    {
        var scheduler = new BatchScheduler();
        var loader = new GroupDataLoader<int, int>(scheduler, (keys, _) =>
            Task.FromResult<IReadOnlyDictionary<int, IReadOnlyList<int>>>(keys.Where(k => k > 0).ToDictionary(k => k, k => (IReadOnlyList<int>)Enumerable.Repeat(k, k).ToArray())));

        Assert.Equal([3, 3, 3], await loader.LoadAsync(3).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(await loader.LoadAsync(-1).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Max_batch_size_splits_a_level()
    {
        var scheduler = new BatchScheduler();
        var recorder = new BatchRecorder<int>();
        var loader = new DataLoader<int, string>(
            scheduler,
            (keys, _) =>
            {
                recorder.Record(keys);
                return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            },
            maxBatchSize: 2);

        scheduler.Enter();
        Task<IReadOnlyList<string?>> all = loader.LoadManyAsync([1, 2, 3, 4, 5]);
        scheduler.Exit();

        Assert.Equal(["1", "2", "3", "4", "5"], await all);
        Assert.Equal([[1, 2], [3, 4], [5]], recorder.Batches);
    }

    [Fact]
    public async Task Primed_values_are_not_fetched()
    {
        var scheduler = new BatchScheduler();
        var recorder = new BatchRecorder<int>();
        var loader = new DataLoader<int, string>(scheduler, (keys, _) =>
        {
            recorder.Record(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, _ => "fetched"));
        });
        loader.Prime(1, "primed");

        scheduler.Enter();
        Task<IReadOnlyList<string?>> values = loader.LoadManyAsync([1, 2]);
        scheduler.Exit();

        Assert.Equal(["primed", "fetched"], await values);
        Assert.Equal([2], Assert.Single(recorder.Batches));
    }
}
