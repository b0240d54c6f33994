using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>The output bound: a response holds at most <see cref="RequestExecutorOptions.MaxResultValues"/> values.</summary>
public class ResultLimitTests
{
    private int _itemResolverCalls;

    private Schema Schema() => SchemaBuilder.FromSdl("type Query { items(n: Int!): [Item!]! } type Item { a: Int b: Int }")
        .Bind("Query.items", ctx => Enumerable.Range(0, ctx.Argument<int>("n")).ToArray())
        .Bind("Item.a", ctx =>
        {
            Interlocked.Increment(ref _itemResolverCalls);
            return (int)ctx.Parent!;
        })
        .Bind("Item.b", _ => 0)
        .Build();

    [Fact]
    public void A_response_within_the_bound_is_complete()
    {
        // items + 10 list items + 20 fields = 31 values.
        string json = Run(Schema(), "{ items(n: 10) { a b } }", options: new RequestExecutorOptions { MaxResultValues = 31 });

        Assert.StartsWith(Json("{'data':{'items':[{'a':0,'b':0},"), json, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_the_bound_execution_stops_with_RESULT_LIMIT_EXCEEDED_and_no_partial_data()
    {
        string json = RunOnce(Schema(), "{ items(n: 1000) { a b } }", options: new RequestExecutorOptions { MaxResultValues = 100 });

        Assert.Equal(
            Json("{'errors':[{'message':'The response would hold more than 100 values; execution stopped. Select fewer fields or smaller pages.','extensions':{'code':'RESULT_LIMIT_EXCEEDED','maxResultValues':100}}],'data':null}"),
            json);
        Assert.InRange(_itemResolverCalls, 1, 50);
    }
}
