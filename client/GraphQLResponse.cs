using System.Text.Json;

namespace NmnGraph.Client;

/// <summary>
/// What a transport got for one request (or one subscription event): either a GraphQL response body that is a JSON
/// object, or a <see cref="TransportError"/> saying why there is none. Transports never throw for server or network
/// failures; they return <see cref="FromTransportError"/>.
/// </summary>
public sealed class GraphQLResponse
{
    private GraphQLResponse(ReadOnlyMemory<byte> body, JsonElement root, ClientError? transportError, int? statusCode)
    {
        Body = body;
        Root = root;
        TransportError = transportError;
        StatusCode = statusCode;
    }

    /// <summary>The raw UTF-8 JSON of the execution result; empty when <see cref="TransportError"/> is set.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The parsed execution result (a JSON object); <c>default</c> when <see cref="TransportError"/> is set.</summary>
    public JsonElement Root { get; }

    /// <summary>Why no GraphQL response could be obtained, or <c>null</c>.</summary>
    public ClientError? TransportError { get; }

    /// <summary>The HTTP status code, for HTTP transports.</summary>
    public int? StatusCode { get; }

    /// <summary>True when <see cref="TransportError"/> is set.</summary>
    public bool IsTransportFailure => TransportError is not null;

    /// <summary>
    /// Parses <paramref name="body"/> as a GraphQL response. A body that is not JSON, or not an object holding
    /// <c>data</c> or <c>errors</c>, becomes a <see cref="ClientErrorCodes.TransportBadResponse"/> failure.
    /// </summary>
    public static GraphQLResponse FromJson(ReadOnlyMemory<byte> body, int? statusCode = null)
    {
        if (TryParse(body, out JsonElement root, out string? problem))
        {
            return new GraphQLResponse(body, root, null, statusCode);
        }

        return FromTransportError(new ClientError(problem, ClientErrorCodes.TransportBadResponse), statusCode);
    }

    /// <summary>A response that carries only a transport-level failure.</summary>
    public static GraphQLResponse FromTransportError(ClientError error, int? statusCode = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new GraphQLResponse(ReadOnlyMemory<byte>.Empty, default, error, statusCode);
    }

    /// <summary>Whether <paramref name="body"/> is a JSON object with <c>data</c> or <c>errors</c> (spec §7.1).</summary>
    internal static bool TryParse(ReadOnlyMemory<byte> body, out JsonElement root, out string problem)
    {
        root = default;
        if (body.IsEmpty)
        {
            problem = "The server sent an empty body instead of a GraphQL response.";
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(body.Span);
            root = JsonElement.ParseValue(ref reader);
        }
        catch (JsonException exception)
        {
            problem = $"The server sent malformed JSON instead of a GraphQL response: {exception.Message}";
            return false;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = $"The server sent a JSON {root.ValueKind.ToString().ToLowerInvariant()} instead of a GraphQL response object.";
            return false;
        }

        if (!root.TryGetProperty("data", out _) && !root.TryGetProperty("errors", out _))
        {
            problem = "The server's JSON has neither \"data\" nor \"errors\", so it is not a GraphQL response.";
            return false;
        }

        problem = string.Empty;
        return true;
    }
}
