using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NmnGraph.Server.Tests.Api;

/// <summary><c>Subscription.corpusChanged</c> and mutations over WebSocket (<c>graphql-transport-ws</c>), the key in <c>connection_init</c>.</summary>
public sealed class WebSocketSubscriptionTests
{
    [Fact]
    public async Task A_subscription_sees_the_mutation_another_operation_of_the_connection_makes()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using ClientWebSocket socket = await ConnectAsync(server, timeout.Token);
        await SendAsync(socket, $$$"""{"type":"connection_init","payload":{"Authorization":"Bearer {{{ApiServer.Key}}}"}}""", timeout.Token);
        Assert.Equal("connection_ack", (string?)(await ReceiveAsync(socket, timeout.Token))!["type"]);

        await SendAsync(socket, """{"id":"changes","type":"subscribe","payload":{"query":"subscription { corpusChanged { kind id node { ... on Claim { statement } } } }"}}""", timeout.Token);
        await server.Handle.Changes.WaitForSubscriberAsync(timeout.Token);
        await SendAsync(socket, """{"id":"add","type":"subscribe","payload":{"query":"mutation { addClaim(input: { statement: \"Socket claim\", kind: BACKGROUND }) { claim { id } } }"}}""", timeout.Token);

        string? claimId = null;
        JsonNode? change = null;
        bool completed = false;
        while (claimId is null || change is null || !completed)
        {
            JsonObject message = (await ReceiveAsync(socket, timeout.Token))!;
            switch (((string?)message["id"], (string?)message["type"]))
            {
                case ("add", "next"):
                    Assert.False(message["payload"]!.AsObject().ContainsKey("errors"), message.ToJsonString());
                    claimId = (string)message["payload"]!["data"]!["addClaim"]!["claim"]!["id"]!;
                    break;
                case ("add", "complete"):
                    completed = true;
                    break;
                case ("changes", "next"):
                    change = message["payload"]!["data"]!["corpusChanged"];
                    break;
                default:
                    Assert.Fail($"Unexpected message {message.ToJsonString()}");
                    break;
            }
        }

        Assert.Equal("CREATED", (string)change["kind"]!);
        Assert.Equal(claimId, (string)change["id"]!);
        Assert.Equal("Socket claim", (string)change["node"]!["statement"]!);
    }

    [Fact]
    public async Task The_client_transport_subscribes_over_websocket_and_sees_a_mutation()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var http = new HttpClient { BaseAddress = server.Handle.GraphQLEndpoint };
        var transport = new NmnGraph.Client.Transport.WebSocketGraphQLTransport(new NmnGraph.Client.Transport.HttpGraphQLTransport(http), server.Handle.GraphQLEndpoint);
        await using IAsyncEnumerator<NmnGraph.Client.GraphQLResponse> responses = transport
            .SubscribeAsync(new NmnGraph.Client.GraphQLRequest("subscription { corpusChanged { kind id } }"), timeout.Token)
            .GetAsyncEnumerator(timeout.Token);
        Task<bool> first = responses.MoveNextAsync().AsTask();
        await server.Handle.Changes.WaitForSubscriberAsync(timeout.Token);
        JsonObject added = await server.DataAsync(
            "mutation { addClaim(input: { statement: \"Client socket claim\", kind: BACKGROUND }) { claim { id } } }", bearer: ApiServer.Key);

        Assert.True(await first);
        NmnGraph.Client.GraphQLResponse response = responses.Current;
        Assert.False(response.IsTransportFailure, response.TransportError?.Message);
        Assert.Equal((string)added["addClaim"]!["claim"]!["id"]!, response.Root.GetProperty("data").GetProperty("corpusChanged").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_wrong_key_in_connection_init_is_refused_with_4403()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using ClientWebSocket socket = await ConnectAsync(server, timeout.Token);
        await SendAsync(socket, """{"type":"connection_init","payload":{"Authorization":"Bearer not-the-key"}}""", timeout.Token);
        Assert.Null(await ReceiveAsync(socket, timeout.Token));
        Assert.Equal(4403, (int?)socket.CloseStatus);
    }

    private static async Task<ClientWebSocket> ConnectAsync(ApiServer server, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri("ws://" + server.Handle.GraphQLEndpoint.Authority + "/graphql"), cancellationToken);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string json, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task<JsonObject?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!.AsObject();
    }
}
