using System.Text.Json;

namespace NmnGraph.Client.Serialization;

/// <summary>
/// Turns a <see cref="GraphQLResponse"/> into an <see cref="OperationResult{T}"/>: reads <c>errors</c> and
/// <c>extensions</c> by walking the JSON (no reflection) and hands <c>data</c> to the operation's generated parser.
/// </summary>
public static class ResponseParser
{
    /// <summary>Builds the typed result. A parser that finds an unexpected shape adds a
    /// <see cref="ClientErrorCodes.ResponseShapeMismatch"/> error instead of throwing.</summary>
    public static OperationResult<T> ToResult<T>(
        GraphQLResponse response,
        Func<JsonElement, T> parseData,
        OperationResultSource source = OperationResultSource.Network)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(parseData);
        if (response.TransportError is { } transportError)
        {
            return new OperationResult<T>(default, [transportError], null, source);
        }

        JsonElement root = response.Root;
        List<ClientError> errors = root.TryGetProperty("errors", out JsonElement errorsElement)
            ? ParseErrors(errorsElement)
            : [];
        JsonElement? extensions = root.TryGetProperty("extensions", out JsonElement extensionsElement)
            && extensionsElement.ValueKind == JsonValueKind.Object
            ? extensionsElement
            : null;

        T? data = default;
        if (root.TryGetProperty("data", out JsonElement dataElement) && dataElement.ValueKind != JsonValueKind.Null)
        {
            if (!TryParseData(dataElement, parseData, out data, out ClientError? shapeError))
            {
                errors.Add(shapeError);
            }
        }

        return new OperationResult<T>(data, errors, extensions, source);
    }

    /// <summary>Runs <paramref name="parseData"/>, turning a shape mismatch into a <see cref="ClientError"/>.</summary>
    public static bool TryParseData<T>(
        JsonElement data,
        Func<JsonElement, T> parseData,
        out T? result,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out ClientError? error)
    {
        ArgumentNullException.ThrowIfNull(parseData);
        try
        {
            result = parseData(data);
            error = null;
            return true;
        }
        catch (ResponseShapeException exception)
        {
            result = default;
            error = new ClientError(exception.Message, ClientErrorCodes.ResponseShapeMismatch) { Path = exception.Path };
            return false;
        }
    }

    /// <summary>
    /// Reads a response's <c>errors</c> list (spec §7.1.2). Entries that break the spec (no message, odd path
    /// segments) are kept with what could be read, so that no error is lost.
    /// </summary>
    public static List<ClientError> ParseErrors(JsonElement errors)
    {
        var result = new List<ClientError>();
        if (errors.ValueKind != JsonValueKind.Array)
        {
            result.Add(new ClientError(
                $"The response's \"errors\" is a JSON {errors.ValueKind.ToString().ToLowerInvariant()}, not a list.",
                ClientErrorCodes.TransportBadResponse));
            return result;
        }

        foreach (JsonElement error in errors.EnumerateArray())
        {
            result.Add(ParseError(error));
        }

        return result;
    }

    /// <summary>Reads one error object: <c>message</c>, <c>locations</c>, <c>path</c>, <c>extensions</c>.</summary>
    public static ClientError ParseError(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return new ClientError($"Malformed error entry: {error.GetRawText()}", ClientErrorCodes.TransportBadResponse);
        }

        string message = error.TryGetProperty("message", out JsonElement messageElement)
            && messageElement.ValueKind == JsonValueKind.String
            ? messageElement.GetString()!
            : "(the server sent an error without a message)";

        string? code = null;
        JsonElement? extensions = null;
        if (error.TryGetProperty("extensions", out JsonElement extensionsElement)
            && extensionsElement.ValueKind == JsonValueKind.Object)
        {
            extensions = extensionsElement;
            if (extensionsElement.TryGetProperty("code", out JsonElement codeElement)
                && codeElement.ValueKind == JsonValueKind.String)
            {
                code = codeElement.GetString();
            }
        }

        return new ClientError(message, code)
        {
            Path = ReadPath(error),
            Locations = ReadLocations(error),
            Extensions = extensions,
        };
    }

    private static List<object> ReadPath(JsonElement error)
    {
        var path = new List<object>();
        if (error.TryGetProperty("path", out JsonElement pathElement) && pathElement.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement segment in pathElement.EnumerateArray())
            {
                if (segment.ValueKind == JsonValueKind.Number && segment.TryGetInt32(out int index))
                {
                    path.Add(index);
                }
                else if (segment.ValueKind == JsonValueKind.String)
                {
                    path.Add(segment.GetString()!);
                }
                else
                {
                    path.Add(segment.GetRawText());
                }
            }
        }

        return path;
    }

    private static List<ErrorLocation> ReadLocations(JsonElement error)
    {
        var locations = new List<ErrorLocation>();
        if (error.TryGetProperty("locations", out JsonElement locationsElement)
            && locationsElement.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement location in locationsElement.EnumerateArray())
            {
                if (location.ValueKind == JsonValueKind.Object
                    && location.TryGetProperty("line", out JsonElement line)
                    && location.TryGetProperty("column", out JsonElement column)
                    && line.TryGetInt32(out int lineNumber)
                    && column.TryGetInt32(out int columnNumber))
                {
                    locations.Add(new ErrorLocation(lineNumber, columnNumber));
                }
            }
        }

        return locations;
    }
}
