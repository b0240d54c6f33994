using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Conformance;

/// <summary>The spec's Response section (§7): the shape of <c>data</c>, <c>errors</c> and <c>extensions</c>.</summary>
public class Section7_ResponseTests
{
    private static readonly Schema s_schema = SchemaBuilder.FromSdl("""
        type Query {
          ok: Int
          fails: Int
          crashes: Int
          required: Int!
          hero: Hero
        }
        type Hero { name: String friends: [Hero] }
        """)
        .Bind("Query.ok", _ => 1)
        .Bind("Query.fails", _ => throw new GraphQLException(new GraphQLError("Name for character with ID 1002 could not be fetched.", extensions: new Dictionary<string, object?> { ["code"] = "CAN_NOT_FETCH_BY_ID", ["timestamp"] = "Fri Feb 9 14:33:09 UTC 2018" })))
        .Bind("Query.crashes", _ => throw new InvalidOperationException("secret detail"))
        .Bind("Query.required", _ => null)
        .Bind("Query.hero", _ => new Dictionary<string, object?> { ["name"] = "R2-D2" })
        .Bind("Hero.name", ctx => ((IReadOnlyDictionary<string, object?>)ctx.Parent!)["name"])
        .Bind("Hero.friends", ctx => new object?[]
        {
            new Dictionary<string, object?> { ["name"] = "Luke" },
            new Dictionary<string, object?> { ["name"] = null },
            new Dictionary<string, object?> { ["name"] = "Leia" },
        })
        .Build();

    [Theory]
    [InlineData("{ ok }", "{'data':{'ok':1}}")]
    [InlineData("{ fails ok }", "{'errors':[{'message':'Name for character with ID 1002 could not be fetched.','locations':[{'line':1,'column':3}],'path':['fails'],'extensions':{'code':'CAN_NOT_FETCH_BY_ID','timestamp':'Fri Feb 9 14:33:09 UTC 2018'}}],'data':{'fails':null,'ok':1}}")]
    [InlineData("{ crashes }", "{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['crashes'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'crashes':null}}")]
    [InlineData("{ ok required }", "{'errors':[{'message':'Cannot return null for non-nullable field Query.required.','locations':[{'line':1,'column':6}],'path':['required']}],'data':null}")]
    [InlineData("{\n  hero {\n    name\n    heroFriends: friends {\n      name\n    }\n  }\n}", "{'data':{'hero':{'name':'R2-D2','heroFriends':[{'name':'Luke'},{'name':null},{'name':'Leia'}]}}}")]
    [InlineData("{ a: ok b: ok a: ok }", "{'data':{'a':1,'b':1}}")]
    public void Response_shape(string query, string expected) =>
        Assert.Equal(Json(expected), Run(s_schema, query));

    [Fact]
    public void Request_errors_have_no_data_entry() =>
        Assert.Equal(Json("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':5}]}]}"), Run(s_schema, "{ ok"));

    [Fact]
    public void Extensions_follow_data()
    {
        ExecutionResult result = ExecutionResult.FromData(new Dictionary<string, object?> { ["ok"] = 1 })
            .WithExtensions(new Dictionary<string, object?> { ["cost"] = 3 });

        Assert.Equal(Json("{'data':{'ok':1},'extensions':{'cost':3}}"), ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public void All_invalid_variables_are_reported() =>
        Assert.Equal(
            Json("{'errors':[{'message':'Variable \\\"$a\\\" of required type \\\"Int!\\\" was not provided.','locations':[{'line':1,'column':7}]},{'message':'Variable \\\"$b\\\" got invalid value \\\"x\\\"; Int cannot represent non-integer value: \\\"x\\\"','locations':[{'line':1,'column':17}]}]}"),
            Run(s_schema, "query($a: Int!, $b: Int) { ok }", Variables(Json("{'b':'x'}"))));
}
