using System.Buffers;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace NmnGraph.Client.Transport;

/// <summary>
/// Subscriptions over WebSocket (<c>graphql-transport-ws</c>, one connection per subscription); queries and mutations
/// go through <paramref name="requests"/>. When the server does not offer WebSocket at the endpoint (the upgrade is
/// refused), subscriptions fall back to <paramref name="requests"/> (GraphQL over SSE for the HTTP transport).
/// </summary>
public sealed class WebSocketGraphQLTransport(IGraphQLTransport requests, Uri endpoint, WebSocketGraphQLTransportOptions? options = null) : IGraphQLTransport
{
    private const string Subprotocol = "graphql-transport-ws";

    private readonly IGraphQLTransport _requests = requests ?? throw new ArgumentNullException(nameof(requests));
    private readonly Uri _endpoint = ToWebSocketUri(endpoint ?? throw new ArgumentNullException(nameof(endpoint)));
    private readonly WebSocketGraphQLTransportOptions _options = options ?? new WebSocketGraphQLTransportOptions();

    public Task<GraphQLResponse> SendAsync(GraphQLRequest request, CancellationToken cancellationToken) => _requests.SendAsync(request, cancellationToken);

    public async IAsyncEnumerable<GraphQLResponse> SubscribeAsync(GraphQLRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(Subprotocol);
        if (!await TryConnectAsync(socket, cancellationToken).ConfigureAwait(false))
        {
            await foreach (GraphQLResponse response in _requests.SubscribeAsync(request, cancellationToken).ConfigureAwait(false))
            {
                yield return response;
            }

            yield break;
        }

        ClientError? failure = null;
        try
        {
            await SendAsync(socket, writer =>
            {
                writer.WriteString("type", "connection_init");
                if (_options.Authorization is { } authorization)
                {
                    writer.WriteStartObject("payload");
                    writer.WriteString("Authorization", authorization);
                    writer.WriteEndObject();
                }
            }, cancellationToken).ConfigureAwait(false);
            await SendAsync(socket, writer =>
            {
                writer.WriteString("id", "1");
                writer.WriteString("type", "subscribe");
                writer.WritePropertyName("payload");
                request.WriteTo(writer);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException exception)
        {
            failure = Broken(exception);
        }

        while (failure is null)
        {
            (string? type, byte[]? payload, ClientError? error) = await ReceiveAsync(socket, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                failure = error;
                break;
            }

            switch (type)
            {
                case "next":
                    yield return GraphQLResponse.FromJson(payload ?? "{}"u8.ToArray());
                    break;
                case "error":
                    yield return GraphQLResponse.FromJson(ErrorsBody(payload));
                    await CloseAsync(socket).ConfigureAwait(false);
                    yield break;
                case "complete":
                    await CloseAsync(socket).ConfigureAwait(false);
                    yield break;
                case "ping":
                    await SendAsync(socket, static writer => writer.WriteString("type", "pong"), cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        yield return GraphQLResponse.FromTransportError(failure);
    }

    /// <summary>False when the server refused the upgrade (it offers no WebSocket there); other failures surface later.</summary>
    private async Task<bool> TryConnectAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        try
        {
            await socket.ConnectAsync(_endpoint, cancellationToken).ConfigureAwait(false);
            return socket.SubProtocol == Subprotocol;
        }
        catch (WebSocketException)
        {
            return false;
        }
    }

    private static async Task SendAsync(ClientWebSocket socket, Action<Utf8JsonWriter> writeFields, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeFields(writer);
            writer.WriteEndObject();
        }

        await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next message's type and raw payload; an error when the connection closed or broke.</summary>
    private async Task<(string? Type, byte[]? Payload, ClientError? Error)> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            ValueWebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return (null, null, new ClientError(
                        $"The server closed the subscription's WebSocket ({(int?)socket.CloseStatus}: {socket.CloseStatusDescription}).",
                        ClientErrorCodes.TransportStreamClosed));
                }

                buffer.Advance(received.Count);
            }
            while (!received.EndOfMessage);
        }
        catch (WebSocketException exception)
        {
            return (null, null, Broken(exception));
        }

        using JsonDocument message = JsonDocument.Parse(buffer.WrittenMemory);
        JsonElement root = message.RootElement;
        string? type = root.TryGetProperty("type", out JsonElement typeElement) ? typeElement.GetString() : null;
        byte[]? payload = root.TryGetProperty("payload", out JsonElement payloadElement) ? JsonSerializerRaw(payloadElement) : null;
        return (type, payload, null);
    }

    private static byte[] JsonSerializerRaw(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>{"errors": payload}</c>: an <c>error</c> message as a GraphQL response.</summary>
    private static byte[] ErrorsBody(byte[]? payload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("errors");
            writer.WriteRawValue(payload ?? "[]"u8.ToArray());
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static async Task CloseAsync(ClientWebSocket socket)
    {
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty, CancellationToken.None).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
    }

    private ClientError Broken(WebSocketException exception) =>
        new($"The WebSocket to the GraphQL server at {_endpoint} broke: {exception.Message}", ClientErrorCodes.TransportUnreachable);

    private static Uri ToWebSocketUri(Uri endpoint)
    {
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException($"The GraphQL endpoint must be an absolute URI, not \"{endpoint}\".", nameof(endpoint));
        }

        var builder = new UriBuilder(endpoint);
        builder.Scheme = builder.Scheme switch
        {
            "https" or "wss" => "wss",
            _ => "ws",
        };
        return builder.Uri;
    }
}
