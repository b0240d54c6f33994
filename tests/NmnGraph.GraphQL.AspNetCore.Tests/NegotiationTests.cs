using static NmnGraph.GraphQL.AspNetCore.Tests.GraphQLTestHost;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

public sealed class NegotiationTests
{
    [Theory]
    [InlineData("*/*", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/*", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", GraphQLMediaTypes.Json)]
    [InlineData("text/html, application/json;q=0.1", GraphQLMediaTypes.Json)]
    [InlineData("application/*;q=0.2, application/json;q=0", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData(null, GraphQLMediaTypes.Json)]
    public async Task Accept_picks_the_media_type(string? accept, string expected)
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello }'}"), accept));
        Assert.Equal(200, reply.Status);
        Assert.Equal(expected, reply.MediaType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, image/*")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task Unsatisfiable_accept_is_406(string accept)
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello }'}"), accept));
        Assert.Equal(406, reply.Status);
        Assert.Contains("NOT_ACCEPTABLE", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscription_without_event_stream_is_406()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'subscription { counter(to: 2) }'}")));
        Assert.Equal(406, reply.Status);
        Assert.Contains("text/event-stream", reply.Body, StringComparison.Ordinal);
    }
}
