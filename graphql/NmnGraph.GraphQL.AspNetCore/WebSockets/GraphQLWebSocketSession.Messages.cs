using System.Text.Json;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.AspNetCore;

internal sealed partial class GraphQLWebSocketSession
{
    private async Task HandleMessageAsync(ReadOnlyMemory<byte> message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message, s_jsonOptions);
        }
        catch (JsonException)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received: not JSON").ConfigureAwait(false);
            return;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
            {
                await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received: a message is an object with a string 'type'").ConfigureAwait(false);
                return;
            }

            switch (type.GetString())
            {
                case "connection_init":
                    await InitialiseAsync(root).ConfigureAwait(false);
                    break;
                case "ping":
                    await SendAsync(static writer => writer.WriteString("type", "pong")).ConfigureAwait(false);
                    break;
                case "pong":
                    break;
                case "subscribe":
                    await SubscribeAsync(root).ConfigureAwait(false);
                    break;
                case "complete":
                    if (Id(root) is not { } completed)
                    {
                        await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received: 'complete' needs a string 'id'").ConfigureAwait(false);
                    }
                    else if (_operations.TryRemove(completed, out CancellationTokenSource? operation))
                    {
                        operation.Cancel();
                    }

                    break;
                default:
                    await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, $"Invalid message received: unexpected type '{type.GetString()}'").ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task InitialiseAsync(JsonElement message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        IReadOnlyDictionary<string, object?>? payload = null;
        if (message.TryGetProperty("payload", out JsonElement element) && element.ValueKind != JsonValueKind.Null)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received: the 'connection_init' payload must be an object").ConfigureAwait(false);
                return;
            }

            payload = (IReadOnlyDictionary<string, object?>?)JsonValues.FromElement(element);
        }

        if (_server.Options.WebSockets.OnConnect is { } onConnect && !onConnect(_context, payload, _contextData))
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }

        await SendAsync(static writer => writer.WriteString("type", "connection_ack")).ConfigureAwait(false);
        _acknowledged = true;
        if (_server.Options.WebSockets.KeepAliveInterval is { } interval)
        {
            _ = KeepAliveAsync(interval);
        }
    }

    private async Task SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (Id(message) is not { } id || !message.TryGetProperty("payload", out JsonElement payload) || payload.ValueKind != JsonValueKind.Object)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received: 'subscribe' needs a string 'id' and an object 'payload'").ConfigureAwait(false);
            return;
        }

        var operation = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            await CloseAsync(GraphQLWebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        (HttpGraphQLRequest? parameters, HttpFailure? failure) = GraphQLHttpHandler.ParsePayload(payload, _server.Options);
        if (failure is null)
        {
            (parameters, failure) = GraphQLHttpHandler.ResolveDocument(_server, parameters!);
        }

        if (failure is not null)
        {
            _operations.TryRemove(id, out _);
            operation.Dispose();
            await SendErrorAsync(id, [new GraphQLError(failure.Message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = failure.Code })]).ConfigureAwait(false);
            return;
        }

        var request = new GraphQLRequest(parameters!.Query!, parameters.Variables, parameters.OperationName)
        {
            Extensions = parameters.Extensions,
            Services = _context.RequestServices,
            ContextData = new Dictionary<string, object?>(_contextData, StringComparer.Ordinal),
            ResultIsOnlyWritten = true,
        };
        _ = RunOperationAsync(id, request, operation);
    }

    /// <summary>Runs one operation to its end: a query or mutation sends one <c>next</c>, a subscription one per event; then <c>complete</c>.</summary>
    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource operation)
    {
        CancellationToken cancellationToken = operation.Token;
        try
        {
            ExecutionResult result = await _server.Executor.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
            if (result.IsRequestError)
            {
                await SendErrorAsync(id, result.Errors).ConfigureAwait(false);
                return;
            }

            if (result.Stream is { } stream)
            {
                await foreach (ExecutionResult next in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await SendNextAsync(id, next).ConfigureAwait(false);
                }
            }
            else
            {
                await SendNextAsync(id, result).ConfigureAwait(false);
            }

            if (!cancellationToken.IsCancellationRequested)
            {
                await SendAsync(writer =>
                {
                    writer.WriteString("id", id);
                    writer.WriteString("type", "complete");
                }).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client completed the operation, or the connection ended.
        }
        catch (Exception exception)
        {
            var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = GraphQLErrorCodes.InternalServerError };
            if (_server.IncludeExceptionDetails)
            {
                extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["type"] = exception.GetType().FullName, ["message"] = exception.Message };
            }

            await SendErrorAsync(id, [new GraphQLError(ErrorMessages.UnexpectedExecutionError(), extensions: extensions)]).ConfigureAwait(false);
        }
        finally
        {
            if (_operations.TryGetValue(id, out CancellationTokenSource? current) && ReferenceEquals(current, operation))
            {
                _operations.TryRemove(id, out _);
            }

            operation.Dispose();
        }
    }

    private Task SendNextAsync(string id, ExecutionResult result) => SendAsync(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "next");
        writer.WritePropertyName("payload");
        ExecutionResultWriter.Write(writer, result);

        // The message is written into its own buffer before anything is awaited.
        result.ReturnBuffers();
    });

    private Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors) => SendAsync(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "error");
        writer.WritePropertyName("payload");
        ExecutionResultWriter.WriteErrors(writer, errors);
    });

    private static string? Id(JsonElement message) =>
        message.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;
}
