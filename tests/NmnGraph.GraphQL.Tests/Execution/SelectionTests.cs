using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>Field collection (spec #sec-Field-Collection): aliases, fragments, @skip/@include, merging, operation selection.</summary>
public class SelectionTests
{
    private static readonly Schema s_schema = SchemaBuilder.FromSdl("""
        type Query { article: Article articles: [Article!]! version: String }
        type Article { id: ID! title: String author: Person }
        type Person { name: String age: Int }
        """)
        .Bind("Query.article", _ => new Article("a1", "NMN and bone", new Person("Lu", 40)))
        .Bind("Query.articles", _ => new[] { new Article("a1", "One", null), new Article("a2", "Two", new Person("Kim", 33)) })
        .Bind("Query.version", _ => "1")
        .BindType<Article>("Article")
        .BindType<Person>("Person")
        .Build();

    [Fact]
    public void Aliases_keep_selection_order()
    {
        Assert.Equal(
            Json("{'data':{'b':'1','article':{'t':'NMN and bone','id':'a1'},'a':'1'}}"),
            Run(s_schema, "{ b: version article { t: title id } a: version }"));
    }

    [Fact]
    public void Fragments_and_inline_fragments_merge_fields()
    {
        Assert.Equal(
            Json("{'data':{'article':{'id':'a1','author':{'name':'Lu','age':40},'title':'NMN and bone'}}}"),
            Run(s_schema, """
                { article { id ...A author { name } ... on Article { author { age } title } } }
                fragment A on Article { author { name } }
                """));
    }

    [Theory]
    [InlineData("{ version @skip(if: true) article { id } }", "{}", "{'data':{'article':{'id':'a1'}}}")]
    [InlineData("{ version @include(if: false) }", "{}", "{'data':{}}")]
    [InlineData("query($s: Boolean!) { version @skip(if: $s) }", "{'s':false}", "{'data':{'version':'1'}}")]
    [InlineData("query($s: Boolean!) { version @skip(if: $s) }", "{'s':true}", "{'data':{}}")]
    [InlineData("query($i: Boolean!) { article { ... @include(if: $i) { title } id } }", "{'i':true}", "{'data':{'article':{'title':'NMN and bone','id':'a1'}}}")]
    [InlineData("query($i: Boolean!) { article { ... @include(if: $i) { title } id } }", "{'i':false}", "{'data':{'article':{'id':'a1'}}}")]
    [InlineData("query($i: Boolean!) { version @include(if: $i) @skip(if: false) }", "{'i':true}", "{'data':{'version':'1'}}")]
    [InlineData("query($i: Boolean!) { version @include(if: $i) @skip(if: true) }", "{'i':true}", "{'data':{}}")]
    [InlineData("query($s: Boolean!) { article { ...F @skip(if: $s) id } } fragment F on Article { title }", "{'s':true}", "{'data':{'article':{'id':'a1'}}}")]
    public void Skip_and_include(string query, string variables, string expected) =>
        Assert.Equal(Json(expected), Run(s_schema, query, Variables(Json(variables))));

    [Fact]
    public void Plans_are_reused_across_condition_values()
    {
        var executor = new RequestExecutor(s_schema, new RequestExecutorOptions { DocumentCache = new InMemoryDocumentCache() });
        const string Query = "query($s: Boolean!) { version @skip(if: $s) article { id } }";
        string Execute(bool skip) => ExecutionResultWriter.ToJson(executor.ExecuteAsync(new GraphQLRequest(Query, new Dictionary<string, object?> { ["s"] = skip })).GetAwaiter().GetResult());

        Assert.Equal(Json("{'data':{'article':{'id':'a1'}}}"), Execute(true));
        Assert.Equal(Json("{'data':{'version':'1','article':{'id':'a1'}}}"), Execute(false));
        Assert.Equal(Json("{'data':{'article':{'id':'a1'}}}"), Execute(true));
    }

    [Fact]
    public void Lists_of_objects()
    {
        Assert.Equal(
            Json("{'data':{'articles':[{'id':'a1','author':null},{'id':'a2','author':{'name':'Kim'}}]}}"),
            Run(s_schema, "{ articles { id author { name } } }"));
    }

    [Fact]
    public void Typename_on_objects_and_root()
    {
        Assert.Equal(
            Json("{'data':{'__typename':'Query','article':{'__typename':'Article','kind':'Article'}}}"),
            Run(s_schema, "{ __typename article { __typename kind: __typename } }"));
    }

    [Theory]
    [InlineData("query A { version } query B { article { id } }", null, "{'errors':[{'message':'Must provide operation name if query contains multiple operations.','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}")]
    [InlineData("query A { version } query B { article { id } }", "C", "{'errors':[{'message':'Unknown operation named \\\"C\\\".','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}")]
    [InlineData("query A { version } query B { article { id } }", "B", "{'data':{'article':{'id':'a1'}}}")]
    [InlineData("fragment F on Query { version }", null, "{'errors':[{'message':'Must provide an operation.','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}")]
    [InlineData("mutation { x }", null, "{'errors':[{'message':'Schema is not configured to execute mutation operation.','locations':[{'line':1,'column':1}],'extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}")]
    [InlineData("{ version", null, "{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':10}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}")]
    public void Operation_selection_and_request_errors(string query, string? operationName, string expected) =>
        Assert.Equal(Json(expected), Run(s_schema, query, operationName: operationName));

    [Fact]
    public void Max_execution_depth_is_a_request_error()
    {
        var options = new RequestExecutorOptions { MaxExecutionDepth = 2 };
        Assert.Equal(Json("{'data':{'article':{'id':'a1'}}}"), Run(s_schema, "{ article { id } }", options: options));
        Assert.Equal(
            Json("{'errors':[{'message':'The operation has a depth of 3, which exceeds the maximum allowed depth of 2.','extensions':{'code':'MAX_DEPTH_EXCEEDED'}}]}"),
            Run(s_schema, "{ article { ...F } } fragment F on Article { author { name } }", options: options));
    }

    private sealed record Article(string Id, string Title, Person? Author);

    private sealed record Person(string Name, int Age);
}
