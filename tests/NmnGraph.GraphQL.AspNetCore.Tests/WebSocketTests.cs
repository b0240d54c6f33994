using System.Text.Json.Nodes;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

/// <summary>The <c>graphql-transport-ws</c> protocol over a real loopback server: messages, operations and every close code.</summary>
public sealed class WebSocketTests
{
    [Fact]
    public async Task Query_and_subscription_run_after_the_handshake_and_ping_gets_pong()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        await using WebSocketClient client = await WebSocketClient.ConnectAndInitAsync(host.WebSocketUri);
        Assert.Equal("graphql-transport-ws", client.SubProtocol);

        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (string?)(await client.ReceiveAsync())!["type"]);

        await client.SubscribeAsync("q1", """{ hello(name: "socket") }""");
        JsonObject next = (await client.ReceiveAsync())!;
        Assert.Equal("""{"id":"q1","type":"next","payload":{"data":{"hello":"Hello socket"}}}""", next.ToJsonString());
        Assert.Equal("""{"id":"q1","type":"complete"}""", (await client.ReceiveAsync())!.ToJsonString());

        await client.SubscribeAsync("s1", "subscription { counter(to: 3) }");
        for (int i = 1; i <= 3; i++)
        {
            Assert.Equal("{\"id\":\"s1\",\"type\":\"next\",\"payload\":{\"data\":{\"counter\":" + i + "}}}", (await client.ReceiveAsync())!.ToJsonString());
        }

        Assert.Equal("""{"id":"s1","type":"complete"}""", (await client.ReceiveAsync())!.ToJsonString());
    }

    [Fact]
    public async Task An_invalid_operation_gets_an_error_message_and_the_connection_stays()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        await using WebSocketClient client = await WebSocketClient.ConnectAndInitAsync(host.WebSocketUri);
        await client.SubscribeAsync("bad", "{ nope }");
        JsonObject error = (await client.ReceiveAsync())!;
        Assert.Equal("error", (string?)error["type"]);
        Assert.Equal("bad", (string?)error["id"]);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", (string?)error["payload"]![0]!["message"]);
        Assert.Equal(3, (int)error["payload"]![0]!["locations"]![0]!["column"]!);

        await client.SubscribeAsync("good", """{ hello(name: "again") }""");
        Assert.Equal("next", (string?)(await client.ReceiveAsync())!["type"]);
    }

    [Fact]
    public async Task Complete_from_the_client_stops_a_subscription_and_frees_its_id()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        await using WebSocketClient client = await WebSocketClient.ConnectAndInitAsync(host.WebSocketUri);
        await client.SubscribeAsync("t", "subscription { ticks }");
        Assert.Equal(1, (int)(await client.ReceiveAsync())!["payload"]!["data"]!["ticks"]!);
        await client.SendAsync("""{"id":"t","type":"complete"}""");
        await host.Schema.TicksEnded.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // The id is free again, and nothing more arrives for the first subscription.
        await client.SubscribeAsync("t", """{ hello(name: "reused") }""");
        Assert.Equal("""{"id":"t","type":"next","payload":{"data":{"hello":"Hello reused"}}}""", (await client.ReceiveAsync())!.ToJsonString());
    }

    [Theory]
    [InlineData("not json", 4400)]
    [InlineData("""{"type":"unknown"}""", 4400)]
    [InlineData("""{"id":"x","type":"subscribe","payload":{"query":"{ hello }"}}""", 4401)]
    [InlineData("""{"type":"connection_init","payload":[]}""", 4400)]
    public async Task Protocol_violations_close_with_the_protocol_code(string message, int code)
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        await using WebSocketClient client = await WebSocketClient.ConnectAsync(host.WebSocketUri);
        await client.SendAsync(message);
        Assert.Equal(code, await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        await using WebSocketClient client = await WebSocketClient.ConnectAndInitAsync(host.WebSocketUri);
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal(4429, await client.ExpectCloseAsync());
        Assert.Equal("Too many initialisation requests", client.CloseDescription);
    }

    [Fact]
    public async Task A_running_id_reused_closes_with_4409()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        await using WebSocketClient client = await WebSocketClient.ConnectAndInitAsync(host.WebSocketUri);
        await client.SubscribeAsync("w", "subscription { waiting }");
        await client.SubscribeAsync("w", "subscription { waiting }");
        Assert.Equal(4409, await client.ExpectCloseAsync());
        Assert.Equal("Subscriber for w already exists", client.CloseDescription);
    }

    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(options => options.WebSockets.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using WebSocketClient client = await WebSocketClient.ConnectAsync(host.WebSocketUri);
        Assert.Equal(4408, await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task A_refused_init_closes_with_4403_and_an_accepted_one_passes_its_payload_on()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(options => options.WebSockets.OnConnect =
            (_, payload, _) => payload is not null && payload.TryGetValue("token", out object? token) && (string?)token == "right");
        await using (WebSocketClient refused = await WebSocketClient.ConnectAsync(host.WebSocketUri))
        {
            await refused.SendAsync("""{"type":"connection_init","payload":{"token":"wrong"}}""");
            Assert.Equal(4403, await refused.ExpectCloseAsync());
        }

        await using WebSocketClient accepted = await WebSocketClient.ConnectAndInitAsync(host.WebSocketUri, """{"token":"right"}""");
        await accepted.SubscribeAsync("1", """{ hello(name: "ok") }""");
        Assert.Equal("next", (string?)(await accepted.ReceiveAsync())!["type"]);
    }

    [Fact]
    public async Task Without_the_subprotocol_the_connection_closes_with_4406()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        await using WebSocketClient client = await WebSocketClient.ConnectAsync(host.WebSocketUri, subprotocol: null);
        Assert.Equal(4406, await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task The_server_pings_to_keep_the_connection_alive()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(options => options.WebSockets.KeepAliveInterval = TimeSpan.FromMilliseconds(100));
        await using WebSocketClient client = await WebSocketClient.ConnectAsync(host.WebSocketUri);
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (string?)(await client.ReceiveRawAsync())!["type"]);
        Assert.Equal("""{"type":"ping"}""", (await client.ReceiveRawAsync())!.ToJsonString());
    }

    [Fact]
    public async Task Shutdown_closes_open_connections_cleanly()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        await using WebSocketClient client = await WebSocketClient.ConnectAndInitAsync(host.WebSocketUri);
        await client.SubscribeAsync("w", "subscription { waiting }");
        Task stopping = host.StopAsync();
        Assert.Equal(1001, await client.ExpectCloseAsync());

        // This client never answers the server's close: the server drops it after its close handshake timeout (2 s)
        // rather than holding the host's shutdown for the host's own 30 s.
        await stopping.WaitAsync(TimeSpan.FromSeconds(15));
    }
}
