using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>Field errors (spec #sec-Errors.Field-Errors): message, locations, path, extensions, masking.</summary>
public class ErrorTests
{
    private static readonly Schema s_schema = SchemaBuilder.FromSdl("""
        type Query {
          coded: String
          crash: String
          asyncCrash: String
          items: [Item]
          leaf: Int
          notAList: [Int]
        }
        type Item { name: String }
        """)
        .Bind("Query.coded", _ => throw new GraphQLException("Not allowed.", "FORBIDDEN"))
        .Bind("Query.crash", _ => throw new InvalidOperationException("database is gone"))
        .BindAsync<string>("Query.asyncCrash", async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("later");
        })
        .Bind("Query.items", _ => new object[] { new Dictionary<string, object?> { ["name"] = "ok" }, new Dictionary<string, object?> { ["name"] = new[] { 1 } } })
        .Bind("Query.leaf", _ => 1.5)
        .Bind("Query.notAList", _ => 3)
        .Build();

    [Fact]
    public void Graphql_exception_keeps_message_and_extensions() => Assert.Equal(
        Json("{'errors':[{'message':'Not allowed.','locations':[{'line':1,'column':3}],'path':['coded'],'extensions':{'code':'FORBIDDEN'}}],'data':{'coded':null}}"),
        Run(s_schema, "{ coded }"));

    [Fact]
    public void Other_exceptions_are_masked() => Assert.Equal(
        Json("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['crash'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}},{'message':'Unexpected Execution Error','locations':[{'line':1,'column':9}],'path':['asyncCrash'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'crash':null,'asyncCrash':null}}"),
        Run(s_schema, "{ crash asyncCrash }"));

    [Fact]
    public void Exception_details_when_enabled() => Assert.Equal(
        Json("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['crash'],'extensions':{'code':'INTERNAL_SERVER_ERROR','exception':{'type':'System.InvalidOperationException','message':'database is gone'}}}],'data':{'crash':null}}"),
        Run(s_schema, "{ crash }", options: new RequestExecutorOptions { IncludeExceptionDetails = true }));

    [Fact]
    public void Result_coercion_errors_are_located_field_errors() => Assert.Equal(
        Json("{'errors':[{'message':'String cannot represent value: [1]','locations':[{'line':1,'column':11}],'path':['items',1,'name']},{'message':'Int cannot represent non-integer value: 1.5','locations':[{'line':1,'column':18}],'path':['leaf']},{'message':'Expected Iterable, but did not find one for field \\\"Query.notAList\\\".','locations':[{'line':1,'column':23}],'path':['notAList']}],'data':{'items':[{'name':'ok'},{'name':null}],'leaf':null,'notAList':null}}"),
        Run(s_schema, "{ items { name } leaf notAList }"));

    [Fact]
    public void Merged_fields_report_every_location() => Assert.Equal(
        Json("{'errors':[{'message':'Not allowed.','locations':[{'line':1,'column':3},{'line':1,'column':9}],'path':['coded'],'extensions':{'code':'FORBIDDEN'}}],'data':{'coded':null}}"),
        Run(s_schema, "{ coded coded }"));

    [Fact]
    public void String_serializes_whole_doubles_like_javascript()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { s: String f: Float }")
            .Bind("Query.s", _ => 2.0)
            .Bind("Query.f", _ => 2.0)
            .Build();
        Assert.Equal(Json("{'data':{'s':'2','f':2}}"), Run(schema, "{ s f }"));
    }
}
