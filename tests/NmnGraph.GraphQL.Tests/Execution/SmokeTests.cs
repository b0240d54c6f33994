using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

public class SmokeTests
{
    [Fact]
    public void Hello_world()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { hello(name: String = \"world\"): String! }")
            .Bind("Query.hello", ctx => "Hello " + ctx.Argument<string>("name"))
            .Build();

        Assert.Equal(Json("{'data':{'hello':'Hello world','again':'Hello you'}}"), Run(schema, "{ hello again: hello(name: \"you\") }"));
    }
}
