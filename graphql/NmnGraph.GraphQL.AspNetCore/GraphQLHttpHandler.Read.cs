using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.AspNetCore;

internal static partial class GraphQLHttpHandler
{
    // Deep enough for any nesting the input depth limit lets through; that limit (checked while scanning) answers first.
    private const int JsonMaxDepth = 1024;
    private static readonly JsonDocumentOptions s_jsonOptions = new() { MaxDepth = JsonMaxDepth };
    private static readonly JsonReaderOptions s_readerOptions = new() { MaxDepth = JsonMaxDepth };

    /// <summary>GET: <c>?query=…&amp;operationName=…&amp;variables={json}&amp;extensions={json}</c>.</summary>
    private static (HttpGraphQLRequest? Request, HttpFailure? Failure) ReadGet(HttpRequest request, GraphQLServerOptions options)
    {
        IQueryCollection query = request.Query;
        if (query["query"].Count > 1 || query["operationName"].Count > 1 || query["variables"].Count > 1 || query["extensions"].Count > 1
            || query["id"].Count + query["documentId"].Count > 1)
        {
            return (null, HttpFailure.BadRequest("Each of query, operationName, variables, extensions and id (documentId) may be given once."));
        }

        (IReadOnlyDictionary<string, object?>? variables, HttpFailure? failure) = ReadJsonObjectParameter(query["variables"], "variables", options);
        if (failure is not null)
        {
            return (null, failure);
        }

        (IReadOnlyDictionary<string, object?>? extensions, failure) = ReadJsonObjectParameter(query["extensions"], "extensions", options);
        if (failure is not null)
        {
            return (null, failure);
        }

        string? operationName = query["operationName"].ToString();
        string? documentId = query.ContainsKey("id") ? query["id"].ToString() : query["documentId"].ToString();
        return (new HttpGraphQLRequest(query["query"].ToString(), string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions)
        {
            DocumentId = string.IsNullOrEmpty(documentId) ? null : documentId,
        }, null);
    }

    internal static (IReadOnlyDictionary<string, object?>? Value, HttpFailure? Failure) ReadJsonObjectParameter(StringValues value, string name, GraphQLServerOptions options)
    {
        string? text = value.ToString();
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        var depth = new InputDepthLimit(options.MaxInputDepth, 1);
        byte[] rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var reader = new Utf8JsonReader(rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented)), s_readerOptions);
            if (JsonRequestReader.TryReadObjectParameter(ref reader, depth, out IReadOnlyDictionary<string, object?>? read))
            {
                return (read, null);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return ReadJsonObjectParameterChecked(text, name, depth);
    }

    /// <summary>The checked path of a parameter that the one-pass reader did not take: it names what is wrong.</summary>
    internal static (IReadOnlyDictionary<string, object?>? Value, HttpFailure? Failure) ReadJsonObjectParameterChecked(string text, string name, InputDepthLimit depth)
    {
        if (Utf8JsonInput.Check(Encoding.UTF8.GetBytes(text), $"The \"{name}\" parameter", s_readerOptions, depth) is { } undecodable)
        {
            return (null, undecodable);
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(text, s_jsonOptions);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => ((IReadOnlyDictionary<string, object?>)JsonValues.FromElement(document.RootElement)!, null),
                JsonValueKind.Null => (null, null),
                _ => (null, HttpFailure.BadRequest($"The \"{name}\" parameter must be a JSON object or null.")),
            };
        }
        catch (JsonException exception)
        {
            return (null, HttpFailure.BadRequest($"The \"{name}\" parameter is not valid JSON: {exception.Message}", GraphQLErrorCodes.JsonParseError));
        }
    }

    /// <summary>POST with <c>Content-Type: application/json</c> (UTF-8): the body is <c>{query, operationName, variables, extensions}</c>.</summary>
    private static async Task<(HttpGraphQLRequest? Request, HttpFailure? Failure)> ReadPostAsync(HttpRequest request, GraphQLServerOptions options, CancellationToken cancellationToken)
    {
        if (CheckContentType(request.ContentType) is { } unsupported)
        {
            return (null, unsupported);
        }

        long limit = options.MaxRequestBodySize;
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        PipeReader reader = request.BodyReader;
        while (true)
        {
            ReadResult read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                return (null, TooLarge(limit));
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                try
                {
                    return ParseBody(buffer, options);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static HttpFailure TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        $"The request body is larger than the maximum of {limit} bytes.",
        GraphQLErrorCodes.RequestTooLarge);

    private static HttpFailure? CheckContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return new HttpFailure(StatusCodes.Status415UnsupportedMediaType, $"A POST request needs Content-Type: {GraphQLMediaTypes.Json}.", GraphQLErrorCodes.UnsupportedMediaType);
        }

        // What nearly every client sends, accepted without parsing the header.
        if (string.Equals(contentType, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(contentType, "application/json; charset=utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed)
            || !parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new HttpFailure(StatusCodes.Status415UnsupportedMediaType, $"The Content-Type \"{contentType}\" is not supported; use {GraphQLMediaTypes.Json}.", GraphQLErrorCodes.UnsupportedMediaType);
        }

        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return new HttpFailure(StatusCodes.Status415UnsupportedMediaType, $"The charset \"{parsed.Charset}\" is not supported; use utf-8.", GraphQLErrorCodes.UnsupportedMediaType);
        }

        return null;
    }

    /// <summary>A request object <c>{query, operationName, variables, extensions}</c>: a POST body or a WebSocket <c>subscribe</c> payload.</summary>
    /// <remarks>
    /// One pass of <see cref="Utf8JsonReader"/> over the bytes where they lie (Kestrel's pipe buffers); only input it
    /// does not take (a request that fails) is read again by <see cref="ParseBodyChecked"/>, which says why.
    /// </remarks>
    internal static (HttpGraphQLRequest? Request, HttpFailure? Failure) ParseBody(ReadOnlySequence<byte> body, GraphQLServerOptions options)
    {
        var reader = new Utf8JsonReader(body, s_readerOptions);
        return JsonRequestReader.TryReadRequest(ref reader, new InputDepthLimit(options.MaxInputDepth, 2), out HttpGraphQLRequest? request)
            ? (request, null)
            : ParseBodyChecked(body, options);
    }

    /// <summary>A WebSocket <c>subscribe</c> payload, read where it lies in the message's document.</summary>
    internal static (HttpGraphQLRequest? Request, HttpFailure? Failure) ParsePayload(JsonElement payload, GraphQLServerOptions options)
    {
        var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(payload), s_readerOptions);
        return JsonRequestReader.TryReadRequest(ref reader, new InputDepthLimit(options.MaxInputDepth, 2), out HttpGraphQLRequest? request)
            ? (request, null)
            : ParseBodyChecked(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(payload.GetRawText())), options);
    }

    /// <summary>
    /// The checked path: every byte validated first (UTF-8, escapes, depth; errors with byte offsets), then parsed into
    /// a <see cref="JsonDocument"/>. It gives the same request as the one-pass reader, or the error that reader does not name.
    /// </summary>
    internal static (HttpGraphQLRequest? Request, HttpFailure? Failure) ParseBodyChecked(ReadOnlySequence<byte> body, GraphQLServerOptions options)
    {
        if (Utf8JsonInput.Check(body, "The request body", s_readerOptions, new InputDepthLimit(options.MaxInputDepth, 2)) is { } undecodable)
        {
            return (null, undecodable);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, s_jsonOptions);
        }
        catch (JsonException exception)
        {
            return (null, HttpFailure.BadRequest($"The request body is not valid JSON: {exception.Message}", GraphQLErrorCodes.JsonParseError));
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, HttpFailure.BadRequest("The request body must be a JSON object."));
            }

            string? query = null;
            string? documentId = null;
            string? operationName = null;
            IReadOnlyDictionary<string, object?>? variables = null;
            IReadOnlyDictionary<string, object?>? extensions = null;
            foreach (JsonProperty property in root.EnumerateObject())
            {
                JsonElement value = property.Value;
                bool isNull = value.ValueKind == JsonValueKind.Null;
                switch (property.Name)
                {
                    case "query":
                        if (!isNull && value.ValueKind != JsonValueKind.String)
                        {
                            return (null, HttpFailure.BadRequest("The \"query\" parameter must be a string."));
                        }

                        query = value.GetString();
                        break;
                    case "id" or "documentId":
                        if (!isNull && value.ValueKind != JsonValueKind.String)
                        {
                            return (null, HttpFailure.BadRequest($"The \"{property.Name}\" parameter must be a string."));
                        }

                        if (documentId is not null && !isNull)
                        {
                            return (null, HttpFailure.BadRequest("Give the persisted operation's id once, as \"id\" or \"documentId\"."));
                        }

                        documentId ??= value.GetString();
                        break;
                    case "operationName":
                        if (!isNull && value.ValueKind != JsonValueKind.String)
                        {
                            return (null, HttpFailure.BadRequest("The \"operationName\" parameter must be a string or null."));
                        }

                        operationName = value.GetString();
                        break;
                    case "variables":
                        if (!isNull && value.ValueKind != JsonValueKind.Object)
                        {
                            return (null, HttpFailure.BadRequest("The \"variables\" parameter must be a JSON object or null."));
                        }

                        variables = JsonValues.VariablesFromElement(value);
                        break;
                    case "extensions":
                        if (!isNull && value.ValueKind != JsonValueKind.Object)
                        {
                            return (null, HttpFailure.BadRequest("The \"extensions\" parameter must be a JSON object or null."));
                        }

                        extensions = JsonValues.VariablesFromElement(value);
                        break;
                }
            }

            return (new HttpGraphQLRequest(query, operationName, variables, extensions) { DocumentId = documentId }, null);
        }
    }
}
