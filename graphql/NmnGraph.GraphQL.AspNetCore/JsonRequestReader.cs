using System.Text.Json;
using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// Reads a GraphQL request object (a POST body, a WebSocket <c>subscribe</c> payload) or a <c>variables</c> /
/// <c>extensions</c> parameter in one pass of <see cref="Utf8JsonReader"/>, straight into the values
/// <c>JsonValues.FromElement</c> gives (null, bool, int, long, double, string, maps in document order, lists) with no
/// <see cref="JsonDocument"/> in between. It only answers well-formed input: every string it meets is decoded (so bad
/// UTF-8 and unpaired surrogate escapes are caught), every list and object is held to the input depth limit, and on
/// anything else (bad JSON, a parameter of the wrong type) it returns false so that the caller takes the checked
/// path (<see cref="Utf8JsonInput"/>, then <see cref="JsonDocument"/>), which names the problem with its byte offset.
/// </summary>
internal static class JsonRequestReader
{
    /// <summary>A request object; false when the input needs the checked path.</summary>
    public static bool TryReadRequest(ref Utf8JsonReader reader, InputDepthLimit depth, out HttpGraphQLRequest? request)
    {
        request = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            string? query = null;
            string? documentId = null;
            string? operationName = null;
            IReadOnlyDictionary<string, object?>? variables = null;
            IReadOnlyDictionary<string, object?>? extensions = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // ValueTextEquals unescapes, as JsonProperty.Name does.
                if (reader.ValueTextEquals("query"u8))
                {
                    reader.Read();
                    if (!TryReadString(ref reader, out query))
                    {
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("operationName"u8))
                {
                    reader.Read();
                    if (!TryReadString(ref reader, out operationName))
                    {
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("id"u8) || reader.ValueTextEquals("documentId"u8))
                {
                    reader.Read();
                    if (!TryReadString(ref reader, out string? id) || (documentId is not null && id is not null))
                    {
                        return false;
                    }

                    documentId ??= id;
                }
                else if (reader.ValueTextEquals("variables"u8))
                {
                    reader.Read();
                    if (!TryReadObjectOrNull(ref reader, depth, out variables))
                    {
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("extensions"u8))
                {
                    reader.Read();
                    if (!TryReadObjectOrNull(ref reader, depth, out extensions))
                    {
                        return false;
                    }
                }
                else
                {
                    // A parameter nobody reads: still decodable and within the depth limit, as the checked path demands.
                    _ = reader.GetString();
                    reader.Read();
                    Skip(ref reader, depth);
                }
            }

            // The object ends, and nothing follows it (Read throws on anything but trailing whitespace).
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return false;
            }

            request = new HttpGraphQLRequest(query, operationName, variables, extensions) { DocumentId = documentId };
            return true;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            // Bad JSON, text that does not decode (InvalidOperationException from GetString), a number out of range.
            return false;
        }
    }

    /// <summary>A whole input that is a JSON object or null (a <c>variables</c> or <c>extensions</c> parameter); false when it needs the checked path.</summary>
    public static bool TryReadObjectParameter(ref Utf8JsonReader reader, InputDepthLimit depth, out IReadOnlyDictionary<string, object?>? value)
    {
        value = null;
        try
        {
            return reader.Read() && TryReadObjectOrNull(ref reader, depth, out value) && !reader.Read();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    private static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Null:
                return true;
            default:
                return false;
        }
    }

    private static bool TryReadObjectOrNull(ref Utf8JsonReader reader, InputDepthLimit depth, out IReadOnlyDictionary<string, object?>? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                value = ReadObject(ref reader, depth);
                return true;
            case JsonTokenType.Null:
                return true;
            default:
                return false;
        }
    }

    /// <summary>An object, with the engine's reader, held to the input depth limit (see <see cref="CheckDepth"/>).</summary>
    private static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader, InputDepthLimit depth) =>
        (Dictionary<string, object?>)JsonValues.Read(ref reader, depth.Max > int.MaxValue - depth.Envelope ? int.MaxValue : depth.Max + depth.Envelope)!;

    /// <summary>Passes over one value, decoding its strings and checking its depth; the reader ends on its last token.</summary>
    private static void Skip(ref Utf8JsonReader reader, InputDepthLimit depth)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                _ = reader.GetString();
            }

            return;
        }

        // Only the closing token of this container is at its depth again.
        int start = reader.CurrentDepth;
        CheckDepth(ref reader, depth);
        while (reader.Read() && reader.CurrentDepth > start)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    CheckDepth(ref reader, depth);
                    break;
                case JsonTokenType.String or JsonTokenType.PropertyName:
                    _ = reader.GetString();
                    break;
            }
        }
    }

    /// <summary>The rule of <see cref="Utf8JsonInput"/>: a list or object more than the limit inside the envelope sends the input to the checked path.</summary>
    private static void CheckDepth(ref Utf8JsonReader reader, InputDepthLimit depth)
    {
        // CurrentDepth is 0 for the outermost container.
        if (reader.CurrentDepth + 1 - depth.Envelope > depth.Max)
        {
            throw new JsonException("Too deep; the checked path reports it.");
        }
    }
}
