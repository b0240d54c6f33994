using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>Errors and nulls stop at the nearest nullable position (spec #sec-Handling-Execution-Errors).</summary>
public class NullPropagationTests
{
    private static readonly Schema s_schema = SchemaBuilder.FromSdl("""
        type Query {
          nullable: Node
          nonNull: Node!
          list: [Node]
          listOfNonNull: [Node!]
          nonNullListOfNonNull: [Node!]!
          nested: [[Int!]]
        }
        type Node {
          value: Int
          nonNullValue: Int!
          throws: Int
          nonNullThrows: Int!
          child: Node
          nonNullChild: Node!
        }
        """)
        .Bind("Query.nullable", _ => new N(1))
        .Bind("Query.nonNull", _ => new N(2))
        .Bind("Query.list", _ => new N?[] { new N(1), null, new N(3) })
        .Bind("Query.listOfNonNull", _ => new N?[] { new N(1), null })
        .Bind("Query.nonNullListOfNonNull", _ => new N?[] { new N(1), new N(2) })
        .Bind("Query.nested", _ => new object?[] { new object?[] { 1, 2 }, new object?[] { 3, null }, null })
        .Bind("Node.value", ctx => ctx.ParentAs<N>().Value)
        .Bind("Node.nonNullValue", ctx => ctx.ParentAs<N>().Value == 2 ? null : ctx.ParentAs<N>().Value)
        .Bind("Node.throws", _ => throw new GraphQLException("boom"))
        .Bind("Node.nonNullThrows", _ => throw new GraphQLException("boom"))
        .Bind("Node.child", ctx => ctx.ParentAs<N>().Value < 3 ? new N(ctx.ParentAs<N>().Value + 1) : null)
        .Bind("Node.nonNullChild", ctx => ctx.ParentAs<N>().Value < 3 ? new N(ctx.ParentAs<N>().Value + 1) : null)
        .Build();

    [Theory]
    [InlineData("{ nullable { value nonNullValue } }", "{'data':{'nullable':{'value':1,'nonNullValue':1}}}")]
    [InlineData("{ nullable { throws value } }", "{'errors':[{'message':'boom','locations':[{'line':1,'column':14}],'path':['nullable','throws']}],'data':{'nullable':{'throws':null,'value':1}}}")]
    [InlineData("{ nullable { nonNullThrows value } }", "{'errors':[{'message':'boom','locations':[{'line':1,'column':14}],'path':['nullable','nonNullThrows']}],'data':{'nullable':null}}")]
    [InlineData("{ nonNull { nonNullValue } }", "{'errors':[{'message':'Cannot return null for non-nullable field Node.nonNullValue.','locations':[{'line':1,'column':13}],'path':['nonNull','nonNullValue']}],'data':null}")]
    [InlineData("{ nonNull { nonNullValue } nullable { value } }", "{'errors':[{'message':'Cannot return null for non-nullable field Node.nonNullValue.','locations':[{'line':1,'column':13}],'path':['nonNull','nonNullValue']}],'data':null}")]
    [InlineData("{ nullable { child { nonNullChild { nonNullChild { value } } } } }", "{'errors':[{'message':'Cannot return null for non-nullable field Node.nonNullChild.','locations':[{'line':1,'column':37}],'path':['nullable','child','nonNullChild','nonNullChild']}],'data':{'nullable':{'child':null}}}")]
    [InlineData("{ list { value } }", "{'data':{'list':[{'value':1},null,{'value':3}]}}")]
    [InlineData("{ list { nonNullValue } }", "{'data':{'list':[{'nonNullValue':1},null,{'nonNullValue':3}]}}")]
    [InlineData("{ list { nonNullThrows } }", "{'errors':[{'message':'boom','locations':[{'line':1,'column':10}],'path':['list',0,'nonNullThrows']},{'message':'boom','locations':[{'line':1,'column':10}],'path':['list',2,'nonNullThrows']}],'data':{'list':[null,null,null]}}")]
    [InlineData("{ listOfNonNull { value } }", "{'errors':[{'message':'Cannot return null for non-nullable field Query.listOfNonNull.','locations':[{'line':1,'column':3}],'path':['listOfNonNull',1]}],'data':{'listOfNonNull':null}}")]
    [InlineData("{ nonNullListOfNonNull { nonNullThrows } version: __typename }", "{'errors':[{'message':'boom','locations':[{'line':1,'column':26}],'path':['nonNullListOfNonNull',0,'nonNullThrows']}],'data':null}")]
    [InlineData("{ nested }", "{'errors':[{'message':'Cannot return null for non-nullable field Query.nested.','locations':[{'line':1,'column':3}],'path':['nested',1,1]}],'data':{'nested':[[1,2],null,null]}}")]
    public void Null_propagation(string query, string expected) => Assert.Equal(Json(expected), Run(s_schema, query));

    private sealed record N(int Value);
}
