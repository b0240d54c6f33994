using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.AspNetCore.Tests.GraphQLTestHost;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

public sealed class CustomExecutorTests
{
    [Fact]
    public async Task A_host_made_executor_serves_requests_and_subscriptions()
    {
        CountingExecutor? counting = null;
        await using GraphQLTestHost host = await StartAsync(executor: schema => counting = new CountingExecutor(new RequestExecutor(schema)));

        Reply query = await host.SendAsync(Post(Json("{'query':'{ hello }'}")));
        Assert.Equal(Json("{'data':{'hello':'Hello world'}}"), query.Body);
        Reply stream = await host.SendAsync(Post(Json("{'query':'subscription { counter(to: 1) }'}"), GraphQLMediaTypes.EventStream));
        Assert.Equal("event: next\ndata: {\"data\":{\"counter\":1}}\n\nevent: complete\ndata: \n\n", stream.Body);
        Assert.Equal(405, (await host.SendAsync(Get("?query=" + Uri.EscapeDataString("mutation { shout(text: \"x\") }")))).Status);

        Assert.Equal(1, counting!.Executions);
        Assert.Equal(1, counting.Subscriptions);
        Assert.Null(host.Server.DocumentCache);
    }

    private sealed class CountingExecutor(IRequestExecutor inner) : IRequestExecutor
    {
        public int Executions { get; private set; }

        public int Subscriptions { get; private set; }

        public Schema Schema => inner.Schema;

        public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
        {
            Executions++;
            return inner.ExecuteAsync(request, cancellationToken);
        }

        public IAsyncEnumerable<ExecutionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
        {
            Subscriptions++;
            return inner.SubscribeAsync(request, cancellationToken);
        }
    }
}
