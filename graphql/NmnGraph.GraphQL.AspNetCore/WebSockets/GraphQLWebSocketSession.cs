using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// One WebSocket connection speaking <c>graphql-transport-ws</c>: <c>connection_init</c> → <c>connection_ack</c>, then
/// any number of concurrent <c>subscribe</c> operations (each answered by <c>next</c>… <c>complete</c>, or <c>error</c>),
/// <c>ping</c>/<c>pong</c> both ways, and the protocol's close codes. Ends cleanly when the host stops.
/// </summary>
internal sealed partial class GraphQLWebSocketSession
{
    public const string Subprotocol = "graphql-transport-ws";

    private static readonly JsonDocumentOptions s_jsonOptions = new() { MaxDepth = 64 };

    /// <summary>How long the server waits for the client's close frame after sending its own, before it drops the connection.</summary>
    private static readonly TimeSpan s_closeHandshakeTimeout = TimeSpan.FromSeconds(2);

    private readonly HttpContext _context;
    private readonly GraphQLServer _server;
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _contextData = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime;

    // Cancelled a little after the server sends its close: a client that never answers it cannot hold the connection
    // (or the host's shutdown) open.
    private readonly CancellationTokenSource _closeHandshake = new();
    private int _initReceived;
    private volatile bool _acknowledged;
    private int _closed;

    private GraphQLWebSocketSession(HttpContext context, GraphQLServer server, WebSocket socket, CancellationToken stopping)
    {
        _context = context;
        _server = server;
        _socket = socket;
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        _contextData[HttpResolverContextExtensions.HttpContextKey] = context;
        server.Options.ConfigureContextData?.Invoke(context, _contextData);
    }

    public static async Task RunAsync(HttpContext context, GraphQLServer server)
    {
        bool offered = context.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol, StringComparer.Ordinal);
        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync(offered ? Subprotocol : null).ConfigureAwait(false);
        CancellationToken stopping = context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        var session = new GraphQLWebSocketSession(context, server, socket, stopping);
        try
        {
            if (!offered)
            {
                await session.CloseAsync(GraphQLWebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable").ConfigureAwait(false);
                return;
            }

            await session.ReceiveLoopAsync().ConfigureAwait(false);
        }
        finally
        {
            session.CancelOperations();
            session._lifetime.Dispose();
            session._closeHandshake.Dispose();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        CancellationToken lifetime = _lifetime.Token;
        using CancellationTokenRegistration onStop = lifetime.Register(() => _ = CloseAsync((int)WebSocketCloseStatus.EndpointUnavailable, "The server is shutting down"));
        _ = CloseUnlessInitialisedAsync();
        var buffer = new ArrayBufferWriter<byte>(4096);
        long limit = _server.Options.MaxRequestBodySize;
        while (_socket.State == WebSocketState.Open)
        {
            ValueWebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(buffer.GetMemory(4096), _closeHandshake.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The client is gone, or did not answer the server's close in time (cancelling aborts the socket).
                return;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync((int)WebSocketCloseStatus.NormalClosure, string.Empty).ConfigureAwait(false);
                return;
            }

            buffer.Advance(received.Count);
            if (buffer.WrittenCount > limit)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, $"A message is larger than the maximum of {limit} bytes").ConfigureAwait(false);
                return;
            }

            if (!received.EndOfMessage)
            {
                continue;
            }

            if (received.MessageType != WebSocketMessageType.Text)
            {
                await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Messages must be text").ConfigureAwait(false);
                return;
            }

            await HandleMessageAsync(buffer.WrittenMemory).ConfigureAwait(false);
            buffer.Clear();
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_server.Options.WebSockets.ConnectionInitTimeout, _lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    private async Task KeepAliveAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_lifetime.Token).ConfigureAwait(false) && _socket.State == WebSocketState.Open)
            {
                await SendAsync(static writer => writer.WriteString("type", "ping")).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
    }

    /// <summary>Closes the connection once, ending every operation; the receive loop then sees the client's close.</summary>
    private async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        CancelOperations();
        await _sendLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
                _closeHandshake.CancelAfter(s_closeHandshakeTimeout);
            }
        }
        catch (WebSocketException)
        {
            // The client is gone already.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void CancelOperations()
    {
        foreach (string id in _operations.Keys)
        {
            if (_operations.TryRemove(id, out CancellationTokenSource? operation))
            {
                operation.Cancel();
            }
        }
    }

    /// <summary>Sends one message, written by <paramref name="writeFields"/> into a JSON object; messages never interleave.</summary>
    private async Task SendAsync(Action<Utf8JsonWriter> writeFields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeFields(writer);
            writer.WriteEndObject();
        }

        await _sendLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref _closed) == 0 && _socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            // The client went away; the receive loop ends the session.
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
