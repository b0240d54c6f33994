using static NmnGraph.GraphQL.AspNetCore.Tests.GraphQLTestHost;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

public sealed class EventStreamTests
{
    [Fact]
    public async Task Subscription_streams_next_events_then_complete()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'subscription { counter(to: 3) }'}"), GraphQLMediaTypes.EventStream));
        Assert.Equal(200, reply.Status);
        Assert.Equal(GraphQLMediaTypes.EventStream, reply.MediaType);
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"counter\":1}}\n\n"
            + "event: next\ndata: {\"data\":{\"counter\":2}}\n\n"
            + "event: next\ndata: {\"data\":{\"counter\":3}}\n\n"
            + "event: complete\ndata: \n\n",
            reply.Body);
    }

    [Fact]
    public async Task Subscription_over_get_works_for_event_source()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Get("?query=" + Uri.EscapeDataString("subscription { counter(to: 1) }"), GraphQLMediaTypes.EventStream));
        Assert.Equal("event: next\ndata: {\"data\":{\"counter\":1}}\n\nevent: complete\ndata: \n\n", reply.Body);
    }

    [Fact]
    public async Task Query_over_event_stream_is_one_next_event()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello }'}"), GraphQLMediaTypes.EventStream));
        Assert.Equal("event: next\ndata: {\"data\":{\"hello\":\"Hello world\"}}\n\nevent: complete\ndata: \n\n", reply.Body);
    }

    [Fact]
    public async Task Validation_errors_arrive_as_a_next_event()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.Validator = new ForbiddenFieldValidator());
        Reply reply = await host.SendAsync(Post(Json("{'query':'subscription { forbidden }'}"), GraphQLMediaTypes.EventStream));
        Assert.Equal(200, reply.Status);
        Assert.Equal(GraphQLMediaTypes.EventStream, reply.MediaType);
        Assert.StartsWith("event: next\ndata: {\"errors\":[{\"message\":\"Cannot query field", reply.Body, StringComparison.Ordinal);
        Assert.EndsWith("\n\nevent: complete\ndata: \n\n", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_disconnect_cancels_the_subscription()
    {
        await using GraphQLTestHost host = await StartAsync();
        using HttpRequestMessage request = Post(Json("{'query':'subscription { ticks }'}"), GraphQLMediaTypes.EventStream);
        HttpResponseMessage response = await host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Stream stream = await response.Content.ReadAsStreamAsync();
        using (var reader = new StreamReader(stream))
        {
            Assert.Equal("event: next", await reader.ReadLineAsync());
            Assert.Equal("data: {\"data\":{\"ticks\":1}}", await reader.ReadLineAsync());
        }

        response.Dispose();
        await host.Schema.TicksEnded.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Headers_arrive_before_the_first_event()
    {
        await using GraphQLTestHost host = await StartAsync();
        using HttpRequestMessage request = Post(Json("{'query':'subscription { waiting }'}"), GraphQLMediaTypes.EventStream);

        // The source emits nothing until released, so only flushed headers can complete this call.
        using HttpResponseMessage response = await host.Client
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead)
            .WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(GraphQLMediaTypes.EventStream, response.Content.Headers.ContentType?.MediaType);

        host.Schema.ReleaseWaiting.SetResult();
        Assert.Equal("event: next\ndata: {\"data\":{\"waiting\":1}}\n\nevent: complete\ndata: \n\n", await response.Content.ReadAsStringAsync());
    }
}
