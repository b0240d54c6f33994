using System.Text.Json.Nodes;
using static NmnGraph.GraphQL.AspNetCore.Tests.GraphQLTestHost;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

public sealed class ErrorAndCancellationTests
{
    [Fact]
    public async Task Resolver_exceptions_are_masked_in_production()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ boom }'}")));
        JsonObject body = JsonNode.Parse(reply.Body)!.AsObject();
        JsonObject extensions = body["errors"]![0]!["extensions"]!.AsObject();
        Assert.NotEmpty((string)extensions["requestId"]!);

        // The request id (see MaskedErrorTests) is the only addition to the masked error.
        extensions.Remove("requestId");
        extensions.Remove("traceId");
        Assert.Equal(Json("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['boom'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'boom':null}}"), body.ToJsonString());
    }

    [Fact]
    public async Task Resolver_exceptions_show_details_in_development()
    {
        await using GraphQLTestHost host = await StartAsync(environment: "Development");
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ boom }'}")));
        Assert.Contains("secret detail", reply.Body, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explicit_flag_overrides_the_environment()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.IncludeExceptionDetails = false, environment: "Development");
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ boom }'}")));
        Assert.DoesNotContain("secret detail", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public async Task Host_failures_are_masked_500s(string environment, bool details)
    {
        await using GraphQLTestHost host = await StartAsync(options => options.ConfigureContextData = (_, _) => throw new InvalidOperationException("host secret"), environment);
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello }'}")));
        Assert.Equal(500, reply.Status);
        Assert.StartsWith(Json("{'errors':[{'message':'Unexpected Execution Error','extensions':{'code':'INTERNAL_SERVER_ERROR'"), reply.Body, StringComparison.Ordinal);
        Assert.Equal(details, reply.Body.Contains("host secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Client_disconnect_cancels_execution()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.ExecutionTimeout = null);
        using var cancel = new CancellationTokenSource();
        Task<HttpResponseMessage> sending = host.Client.SendAsync(Post(Json("{'query':'{ slow }'}")), cancel.Token);
        await host.Schema.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await host.Schema.SlowCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
