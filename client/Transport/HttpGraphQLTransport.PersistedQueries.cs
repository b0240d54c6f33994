using System.Text.Json;

namespace NmnGraph.Client.Transport;

public sealed partial class HttpGraphQLTransport
{
    private enum PersistedQueryOutcome
    {
        Answered,
        NotFound,
        Unsupported,
    }

    /// <summary>
    /// What a hash-only request got: an answer (data, or errors of the operation itself), <c>PersistedQueryNotFound</c>
    /// (the server supports it but lacks the document), or a refusal of the request (no support).
    /// </summary>
    private static PersistedQueryOutcome PersistedQueryAnswer(GraphQLResponse response)
    {
        if (response.IsTransportFailure || response.Root.ValueKind != JsonValueKind.Object)
        {
            return response.StatusCode is >= 400 and < 500 ? PersistedQueryOutcome.Unsupported : PersistedQueryOutcome.Answered;
        }

        if (response.Root.TryGetProperty("data", out _)
            || !response.Root.TryGetProperty("errors", out JsonElement errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return PersistedQueryOutcome.Answered;
        }

        foreach (JsonElement error in errors.EnumerateArray())
        {
            string? message = error.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            string? code = error.TryGetProperty("extensions", out JsonElement extensions) && extensions.ValueKind == JsonValueKind.Object
                && extensions.TryGetProperty("code", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (code == "PERSISTED_QUERY_NOT_FOUND" || message == "PersistedQueryNotFound")
            {
                return PersistedQueryOutcome.NotFound;
            }

            if (code is "PERSISTED_QUERY_NOT_SUPPORTED" or "GRAPHQL_VALIDATION_FAILED" or "GRAPHQL_PARSE_FAILED" or "INVALID_REQUEST" or "BAD_REQUEST"
                || message is "PersistedQueryNotSupported" or "Must provide document." or "Must provide query string.")
            {
                return PersistedQueryOutcome.Unsupported;
            }
        }

        return PersistedQueryOutcome.Answered;
    }
}
