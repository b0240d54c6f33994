using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.Server.Api;

namespace NmnGraph.Server.Hosting;

/// <summary>
/// GraphQL over HTTP for the NmnGraph schema: GET and POST (<c>application/json</c>), responses as
/// <c>application/graphql-response+json</c> or legacy <c>application/json</c>, <c>?sdl</c> for the schema,
/// and subscriptions as server-sent events (<c>Accept: text/event-stream</c>). The request's
/// <c>Authorization</c> header reaches the mutations.
/// </summary>
public static class GraphQLHttpEndpoint
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string LegacyJson = "application/json";
    private const string EventStream = "text/event-stream";

    public static IEndpointConventionBuilder MapNmnGraphQL(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync);
    }

    private static async Task HandleAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Query.ContainsKey("sdl"))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.Body.WriteAsync(SchemaText.Bytes, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        bool legacy = PrefersLegacyJson(context.Request);
        (GraphQLRequest? request, string? problem) = await ReadRequestAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            await WriteAsync(context, ExecutionResult.FromError(new GraphQLError(problem!, extensions: Code(ApiErrors.BadUserInputCode))), 400, legacy).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && IsMutation(request))
        {
            // GET must be safe: a mutation is refused before it runs.
            context.Response.Headers.Allow = "POST";
            await WriteAsync(context, ExecutionResult.FromError(new GraphQLError("Mutations must be sent with POST.")), 405, legacy).ConfigureAwait(false);
            return;
        }

        IRequestExecutor executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
        ExecutionResult result = await executor.ExecuteAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (result.Stream is { } stream)
        {
            await WriteEventStreamAsync(context, stream).ConfigureAwait(false);
            return;
        }

        int status = legacy || !result.IsRequestError ? 200 : 400;
        await WriteAsync(context, result, status, legacy).ConfigureAwait(false);
    }

    private static bool IsMutation(GraphQLRequest request)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(request.Query!);
        }
        catch (GraphQLException)
        {
            // The executor reports the syntax error.
            return false;
        }

        List<OperationDefinitionNode> operations = [.. document.Definitions.OfType<OperationDefinitionNode>()];
        OperationDefinitionNode? selected = request.OperationName is { } name
            ? operations.Find(o => string.Equals(o.Name?.Value, name, StringComparison.Ordinal))
            : operations.Count == 1 ? operations[0] : null;
        return selected?.Operation == OperationType.Mutation;
    }

    private static bool PrefersLegacyJson(HttpRequest request)
    {
        string accept = request.Headers.Accept.ToString();
        return accept.Length > 0 && !accept.Contains(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)
            && accept.Contains(LegacyJson, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(GraphQLRequest? Request, string? Problem)> ReadRequestAsync(HttpContext context)
    {
        HttpRequest http = context.Request;
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (http.Headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            data[NmnSchema.AuthorizationKey] = authorization;
        }

        string? query;
        string? operationName;
        IReadOnlyDictionary<string, object?>? variables;
        try
        {
            if (HttpMethods.IsGet(http.Method))
            {
                query = http.Query["query"].ToString();
                operationName = http.Query["operationName"].ToString() is { Length: > 0 } name ? name : null;
                variables = http.Query["variables"].ToString() is { Length: > 0 } json ? ParseObject(json, "variables") : null;
            }
            else
            {
                if (http.ContentType is null || !http.ContentType.StartsWith(LegacyJson, StringComparison.OrdinalIgnoreCase))
                {
                    return (null, "POST requests must have Content-Type application/json.");
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = ServerLimits.MaxRequestBodyBytes;
                }

                using JsonDocument body = await JsonDocument.ParseAsync(http.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
                if (body.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return (null, "The request body must be a JSON object.");
                }

                query = body.RootElement.TryGetProperty("query", out JsonElement q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
                operationName = body.RootElement.TryGetProperty("operationName", out JsonElement o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
                variables = body.RootElement.TryGetProperty("variables", out JsonElement v) && v.ValueKind == JsonValueKind.Object
                    ? (IReadOnlyDictionary<string, object?>?)JsonValues.FromElement(v)
                    : null;
            }
        }
        catch (JsonException exception)
        {
            return (null, $"The request is not valid JSON: {exception.Message}");
        }
        catch (BadHttpRequestException exception)
        {
            return (null, exception.Message);
        }

        if (string.IsNullOrEmpty(query))
        {
            return (null, "The request has no query.");
        }

        return (new GraphQLRequest(query, variables, operationName) { ContextData = data, Services = context.RequestServices }, null);
    }

    private static IReadOnlyDictionary<string, object?>? ParseObject(string json, string what)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? (IReadOnlyDictionary<string, object?>?)JsonValues.FromElement(document.RootElement)
            : throw new JsonException($"{what} must be a JSON object.");
    }

    private static async Task WriteAsync(HttpContext context, ExecutionResult result, int status, bool legacy)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = (legacy ? LegacyJson : GraphQLResponseJson) + "; charset=utf-8";
        // Serialized in memory first: Kestrel refuses synchronous writes to the body.
        var buffer = new ArrayBufferWriter<byte>();
        ExecutionResultWriter.Write(buffer, result);
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteEventStreamAsync(HttpContext context, IAsyncEnumerable<ExecutionResult> stream)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = EventStream;
        context.Response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        IAsyncEnumerator<ExecutionResult> events = stream.GetAsyncEnumerator(context.RequestAborted);
        try
        {
            // Start listening before the headers go out: a client that sees them may rely on being subscribed.
            ValueTask<bool> next = events.MoveNextAsync();
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            while (await next.ConfigureAwait(false))
            {
                string json = ExecutionResultWriter.ToJson(events.Current);
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"event: next\ndata: {json}\n\n"), context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                next = events.MoveNextAsync();
            }

            await context.Response.Body.WriteAsync("event: complete\ndata: \n\n"u8.ToArray(), context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static Dictionary<string, object?> Code(string code) => new(StringComparer.Ordinal) { ["code"] = code };
}
