using System.Text.Json;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>
/// A result that is only written (<see cref="GraphQLRequest.ResultIsOnlyWritten"/>, as the HTTP server asks): subtrees
/// read from parents alone are written as JSON while executing. The answer is the same JSON as the result tree gives
/// (every <see cref="ExecutionHarness.Run"/> checks that); these tests cover what is particular to writing.
/// </summary>
public class JsonWritingTests
{
    private const string Sdl = """
        type Query { items(n: Int!): [Item!]! later(n: Int!): [Item!]! once: [Item!]! }
        type Item { n: Int! name: String kind: Kind! tags: [String!]! inner: Inner }
        type Inner { n: Int! }
        enum Kind { EVEN ODD }
        """;

    private int _reads;

    private Schema Schema(Func<int, IEnumerable<Item>>? once = null, Func<Item, object?>? kind = null) => SchemaBuilder.FromSdl(Sdl)
        .Bind("Query.items", ctx => Items(ctx.Argument<int>("n")))
        .BindAsync("Query.later", async ctx =>
        {
            await Task.Delay(1);
            return Items(ctx.Argument<int>("n"));
        })
        .Bind("Query.once", _ => once is null ? Items(2) : once(2))
        .BindReader<Item>("Item.n", item =>
        {
            Interlocked.Increment(ref _reads);
            return item.N;
        })
        .BindReader<Item>("Item.name", item => item.Name)
        .BindReader<Item>("Item.kind", kind ?? (item => item.N % 2 == 0 ? "EVEN" : "ODD"))
        .BindReader<Item>("Item.tags", item => item.Tags)
        .BindReader<Item>("Item.inner", item => item.N % 3 == 0 ? null : new Inner(item.N * 10))
        .BindType<Inner>("Inner")
        .Build();

    private static Item[] Items(int n) => [.. Enumerable.Range(0, n).Select(i => new Item(i, i % 4 == 1 ? null : $"item {i}", [$"t{i}", "\"quoted\" é"]))];

    private ExecutionResult Written(Schema schema, string query, RequestExecutorOptions? options = null) =>
        new RequestExecutor(schema, options ?? Unvalidated)
            .ExecuteAsync(new GraphQLRequest(query) { ResultIsOnlyWritten = true })
            .GetAwaiter().GetResult();

    [Fact]
    public void A_subtree_read_from_parents_alone_is_written_in_one_piece_reading_each_value_once()
    {
        ExecutionResult result = Written(Schema(), "{ items(n: 4) { n name kind tags inner { n } } }");

        Assert.Equal(
            Json("{'data':{'items':[{'n':0,'name':'item 0','kind':'EVEN','tags':['t0','\\'quoted\\' é'],'inner':null},"
                + "{'n':1,'name':null,'kind':'ODD','tags':['t1','\\'quoted\\' é'],'inner':{'n':10}},"
                + "{'n':2,'name':'item 2','kind':'EVEN','tags':['t2','\\'quoted\\' é'],'inner':{'n':20}},"
                + "{'n':3,'name':'item 3','kind':'ODD','tags':['t3','\\'quoted\\' é'],'inner':null}]}}").Replace("\\'", "\\\"", StringComparison.Ordinal),
            ExecutionResultWriter.ToJson(result));
        Assert.Equal(4, _reads);

        // Not a list of result maps: the executor wrote the whole list as JSON.
        Assert.IsNotType<object?[]>(result.Data!["items"]);
        result.ReturnBuffers();
        result.ReturnBuffers();
    }

    [Theory]
    [InlineData(31, false)]
    [InlineData(30, true)]
    public void The_response_limit_counts_written_values_exactly_as_result_maps(int maxResultValues, bool exceeded)
    {
        // items + 10 list items + 20 fields = 31 values.
        string json = Run(Schema(), "{ items(n: 10) { n name } }", options: new RequestExecutorOptions { MaxResultValues = maxResultValues, Validator = Unvalidated.Validator });

        Assert.Equal(exceeded, json.Contains("RESULT_LIMIT_EXCEEDED", StringComparison.Ordinal));
        Assert.Equal(!exceeded, json.Contains("{\"n\":9,\"name\":null}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_that_is_not_indexed_is_enumerated_once_when_nothing_in_it_fails()
    {
        int enumerations = 0;
        IEnumerable<Item> Lazily(int n)
        {
            Interlocked.Increment(ref enumerations);
            foreach (Item item in Items(n))
            {
                yield return item;
            }
        }

        ExecutionResult result = Written(Schema(Lazily), "{ once { n tags } }");

        Assert.Equal(Json("{'data':{'once':[{'n':0,'tags':['t0','\\'quoted\\' é']},{'n':1,'tags':['t1','\\'quoted\\' é']}]}}").Replace("\\'", "\\\"", StringComparison.Ordinal), ExecutionResultWriter.ToJson(result));
        Assert.Equal(1, enumerations);

        // When something inside fails, the general path reads the list again and reports the error as the tree does.
        Assert.Contains("Cannot return null for non-nullable field Item.kind.", Run(Schema(Lazily, kind: _ => null), "{ once { n kind } }"), StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_completing_concurrently_on_other_threads_are_each_written_whole()
    {
        string query = "{ " + string.Join(' ', Enumerable.Range(0, 16).Select(i => $"l{i}: later(n: {20 + i}) {{ n name kind tags inner {{ n }} }}")) + " }";
        string expected = RunOnce(Schema(), query);

        for (int round = 0; round < 20; round++)
        {
            ExecutionResult result = Written(Schema(), query);
            Assert.Equal(expected, ExecutionResultWriter.ToJson(result));
            result.ReturnBuffers();
        }
    }

    [Fact]
    public void Values_that_are_json_elements_or_db_nulls_are_written_as_the_tree_writes_them()
    {
        using JsonDocument document = JsonDocument.Parse("""{"n": 7, "name": "from json"}""");
        JsonElement element = document.RootElement;
        Schema schema = SchemaBuilder.FromSdl("type Query { rows: [Row!]! } type Row { n: Int name: String missing: String }")
            .Bind("Query.rows", _ => new[] { element, element })
            .BindReader<JsonElement>("Row.n", row => row.GetProperty("n"))
            .BindReader<JsonElement>("Row.name", row => row.GetProperty("name"))
            .BindReader<JsonElement>("Row.missing", _ => DBNull.Value)
            .Build();

        Assert.Equal(
            Json("{'data':{'rows':[{'n':7,'name':'from json','missing':null},{'n':7,'name':'from json','missing':null}]}}"),
            Run(schema, "{ rows { n name missing } }"));
    }

    [Theory]
    [InlineData(3, 2.5, true)]
    [InlineData(3_000_000_000L, double.NaN, false)]
    [InlineData(-7, double.PositiveInfinity, true)]
    public void Typed_readers_answer_exactly_as_boxed_readers(long big, double ratio, bool flag)
    {
        // int, long, double and bool readers write their values without boxing; out-of-range and non-finite values are
        // errors at their paths exactly as when the scalar coerces a boxed value.
        const string TypedSdl = "type Query { rows: [Row!]! } type Row { small: Int! smallAsFloat: Float big: Int bigAsFloat: Float ratio: Float flag: Boolean! }";
        var rows = new[] { new Row(1, big, ratio, flag), new Row(2, 5, 0.25, !flag) };
        Schema typed = SchemaBuilder.FromSdl(TypedSdl)
            .Bind("Query.rows", _ => rows)
            .BindReader<Row>("Row.small", row => row.Small)
            .BindReader<Row>("Row.smallAsFloat", row => row.Small)
            .BindReader<Row>("Row.big", row => row.Big)
            .BindReader<Row>("Row.bigAsFloat", row => row.Big)
            .BindReader<Row>("Row.ratio", row => row.Ratio)
            .BindReader<Row>("Row.flag", row => row.Flag)
            .Build();
        Schema boxed = SchemaBuilder.FromSdl(TypedSdl)
            .Bind("Query.rows", _ => rows)
            .BindReader<Row>("Row.small", row => (object)row.Small)
            .BindReader<Row>("Row.smallAsFloat", row => (object)row.Small)
            .BindReader<Row>("Row.big", row => (object)row.Big)
            .BindReader<Row>("Row.bigAsFloat", row => (object)row.Big)
            .BindReader<Row>("Row.ratio", row => (object)row.Ratio)
            .BindReader<Row>("Row.flag", row => (object)row.Flag)
            .Build();
        const string Query = "{ rows { small smallAsFloat big bigAsFloat ratio flag } }";

        string expected = Run(boxed, Query);
        Assert.Equal(expected, Run(typed, Query));
        Assert.Equal(big > int.MaxValue || !double.IsFinite(ratio), expected.Contains("\"errors\"", StringComparison.Ordinal));
    }

    public sealed record Row(int Small, long Big, double Ratio, bool Flag);

    public sealed record Item(int N, string? Name, string[] Tags);

    public sealed record Inner(int N);
}
