using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

/// <summary>A raw <c>graphql-transport-ws</c> test client: send messages, read them one at a time, see how the server closed.</summary>
internal sealed class WebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));

    private WebSocketClient(ClientWebSocket socket) => _socket = socket;

    public static async Task<WebSocketClient> ConnectAsync(Uri uri, string? subprotocol = "graphql-transport-ws")
    {
        var socket = new ClientWebSocket();
        if (subprotocol is not null)
        {
            socket.Options.AddSubProtocol(subprotocol);
        }

        await socket.ConnectAsync(uri, CancellationToken.None);
        return new WebSocketClient(socket);
    }

    /// <summary>Connects and completes <c>connection_init</c> / <c>connection_ack</c>.</summary>
    public static async Task<WebSocketClient> ConnectAndInitAsync(Uri uri, string? payload = null)
    {
        WebSocketClient client = await ConnectAsync(uri);
        await client.SendAsync(payload is null ? """{"type":"connection_init"}""" : $$"""{"type":"connection_init","payload":{{payload}}}""");
        JsonObject ack = await client.ReceiveAsync() ?? throw new InvalidOperationException($"Closed instead of acknowledging: {client.CloseStatus} {client.CloseDescription}");
        Assert.Equal("connection_ack", (string?)ack["type"]);
        return client;
    }

    public string? SubProtocol => _socket.SubProtocol;

    public int? CloseStatus => (int?)_socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public Task SendAsync(string json) => _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, _timeout.Token);

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(new JsonObject { ["id"] = id, ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = query } }.ToJsonString());

    /// <summary>The next message, skipping the server's keep-alive pings; null once the server closed.</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        while (await ReceiveRawAsync() is { } message)
        {
            if ((string?)message["type"] != "ping")
            {
                return message;
            }
        }

        return null;
    }

    /// <summary>The next message as sent; null once the server closed.</summary>
    public async Task<JsonObject?> ReceiveRawAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, _timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!.AsObject();
    }

    /// <summary>Reads until the server closes and returns its close code; fails if it sends anything else first.</summary>
    public async Task<int> ExpectCloseAsync()
    {
        JsonObject? message = await ReceiveAsync();
        Assert.True(message is null, $"Expected the server to close, got {message?.ToJsonString()}");
        return CloseStatus ?? -1;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, string.Empty, CancellationToken.None);
        }

        _socket.Dispose();
        _timeout.Dispose();
    }
}
