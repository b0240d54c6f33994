using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>Interfaces and unions (spec #sec-Value-Completion, ResolveAbstractType).</summary>
public class AbstractTypeTests
{
    private const string Sdl = """
        type Query { nodes: [Node] results: [Result] one: Node }
        interface Node { id: ID! }
        type Article implements Node { id: ID! title: String }
        type Study implements Node { id: ID! doi: String }
        type Topic { name: String }
        union Result = Article | Study
        """;

    private const string Query = """
        {
          nodes { __typename id ... on Article { title } ... on Study { doi } }
          results { ... on Node { id } ... on Study { doi } }
        }
        """;

    private const string Expected = "{'data':{'nodes':[{'__typename':'Article','id':'a','title':'T'},{'__typename':'Study','id':'s','doi':'10.1/x'}],'results':[{'id':'a'},{'id':'s','doi':'10.1/x'}]}}";

    [Fact]
    public void Explicit_type_resolvers()
    {
        object[] values = [new ArticleValue("a", "T"), new StudyValue("s", "10.1/x")];
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.nodes", _ => values)
            .Bind("Query.results", _ => values)
            .ResolveType("Node", (value, _) => value is ArticleValue ? "Article" : "Study")
            .ResolveType("Result", (value, _) => value is ArticleValue ? "Article" : "Study")
            .Build();
        Assert.Equal(Json(Expected), Run(schema, Query));
    }

    [Fact]
    public void Typename_keys_in_dictionaries_and_json()
    {
        using var json = System.Text.Json.JsonDocument.Parse("""[{"__typename":"Article","id":"a","title":"T"},{"__typename":"Study","id":"s","doi":"10.1/x"}]""");
        object[] maps =
        [
            new Dictionary<string, object?> { ["__typename"] = "Article", ["id"] = "a", ["title"] = "T" },
            new Dictionary<string, object?> { ["__typename"] = "Study", ["id"] = "s", ["doi"] = "10.1/x" },
        ];
        System.Text.Json.JsonElement[] elements = [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.nodes", _ => maps)
            .Bind("Query.results", _ => elements)
            .Build();
        Assert.Equal(Json(Expected), Run(schema, Query));
    }

    [Fact]
    public void Clr_type_map_from_BindType()
    {
        object[] values = [new ArticleValue("a", "T"), new StudyValue("s", "10.1/x")];
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.nodes", _ => values)
            .Bind("Query.results", _ => values)
            .BindType<ArticleValue>("Article")
            .BindType<StudyValue>("Study")
            .Build();
        Assert.Equal(Json(Expected), Run(schema, Query));
    }

    [Theory]
    [InlineData(null, "{'errors':[{'message':'Abstract type \\\"Node\\\" must resolve to an Object type at runtime for field \\\"Query.one\\\". Either the \\\"Node\\\" type should provide a \\\"resolveType\\\" function or each possible type should provide an \\\"isTypeOf\\\" function.','locations':[{'line':1,'column':3}],'path':['one']}],'data':{'one':null}}")]
    [InlineData("Nope", "{'errors':[{'message':'Abstract type \\\"Node\\\" was resolved to a type \\\"Nope\\\" that does not exist inside the schema.','locations':[{'line':1,'column':3}],'path':['one']}],'data':{'one':null}}")]
    [InlineData("Result", "{'errors':[{'message':'Abstract type \\\"Node\\\" was resolved to a non-object type \\\"Result\\\".','locations':[{'line':1,'column':3}],'path':['one']}],'data':{'one':null}}")]
    [InlineData("Topic", "{'errors':[{'message':'Runtime Object type \\\"Topic\\\" is not a possible type for \\\"Node\\\".','locations':[{'line':1,'column':3}],'path':['one']}],'data':{'one':null}}")]
    public void Type_resolution_failures(string? typeName, string expected)
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.one", _ => new object())
            .ResolveType("Node", (_, _) => typeName)
            .Build();
        Assert.Equal(Json(expected), Run(schema, "{ one { id } }"));
    }

    [Fact]
    public async Task Concurrent_requests_share_one_cached_plan()
    {
        object[] values = [new ArticleValue("a", "T"), new StudyValue("s", "10.1/x")];
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .BindAsync("Query.nodes", async _ =>
            {
                await Task.Yield();
                return values;
            })
            .Bind("Query.results", _ => values)
            .BindType<ArticleValue>("Article")
            .BindType<StudyValue>("Study")
            .Build();
        var executor = new NmnGraph.GraphQL.Execution.RequestExecutor(schema, new NmnGraph.GraphQL.Execution.RequestExecutorOptions { DocumentCache = new NmnGraph.GraphQL.Execution.InMemoryDocumentCache() });

        NmnGraph.GraphQL.Execution.ExecutionResult[] results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => executor.ExecuteAsync(new NmnGraph.GraphQL.Execution.GraphQLRequest(Query)))));

        Assert.All(results, result => Assert.Equal(Json(Expected), NmnGraph.GraphQL.Execution.ExecutionResultWriter.ToJson(result)));
    }

    private sealed record ArticleValue(string Id, string Title);

    private sealed record StudyValue(string Id, string Doi);
}
