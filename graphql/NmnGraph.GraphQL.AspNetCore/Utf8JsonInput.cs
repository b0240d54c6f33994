using System.Buffers;
using System.Text;
using System.Text.Json;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// Checks JSON input bytes before they are read as text: invalid UTF-8 (a stray byte, an overlong form, an encoded
/// surrogate as in CESU-8) and JSON string escapes that decode to an unpaired surrogate (<c>"\ud800"</c>) are
/// refused with the byte offset where they start, instead of failing later as a server error.
/// </summary>
internal static class Utf8JsonInput
{
    /// <summary>A failure naming the first bad offset of <paramref name="json"/>, or null when every string decodes.</summary>
    public static HttpFailure? Check(ReadOnlySequence<byte> json, string what, JsonReaderOptions options, InputDepthLimit depth)
    {
        ReadOnlySpan<byte> bytes = json.IsSingleSegment ? json.FirstSpan : json.ToArray();
        return Check(bytes, what, options, depth);
    }

    /// <param name="depth">The input nesting limit, and how many containers wrap the values (the body object and
    /// its <c>variables</c> object: 2; a <c>variables</c> parameter on its own: 1).</param>
    public static HttpFailure? Check(ReadOnlySpan<byte> json, string what, JsonReaderOptions options, InputDepthLimit depth)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            int offset = FirstInvalidUtf8(json);
            return HttpFailure.BadRequest(
                $"{what} is not valid UTF-8: the byte sequence at byte offset {offset} (0x{json[offset]:X2}) is invalid.",
                GraphQLErrorCodes.JsonParseError);
        }

        (long escape, bool tooDeep) = Scan(json, options, depth);
        if (tooDeep)
        {
            return HttpFailure.BadRequest(InputDepth.Message(depth.Max), GraphQLErrorCodes.MaxInputDepthExceeded);
        }

        return escape < 0
            ? null
            : HttpFailure.BadRequest(
                $"{what} has a JSON string at byte offset {escape} whose escapes decode to an unpaired surrogate (e.g. \"\\ud800\"); such text cannot be read.",
                GraphQLErrorCodes.JsonParseError);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    /// <summary>
    /// The start of the first escaped string that does not decode (-1 when none), or whether a value nests deeper than
    /// the limit; syntax errors are left to the parser.
    /// </summary>
    private static (long Escape, bool TooDeep) Scan(ReadOnlySpan<byte> json, JsonReaderOptions options, InputDepthLimit depth)
    {
        var reader = new Utf8JsonReader(json, options);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        // CurrentDepth is 0 for the outermost container.
                        if (reader.CurrentDepth + 1 - depth.Envelope > depth.Max)
                        {
                            return (-1, true);
                        }

                        break;
                    case JsonTokenType.String or JsonTokenType.PropertyName when reader.ValueIsEscaped:
                        try
                        {
                            _ = reader.GetString();
                        }
                        catch (InvalidOperationException)
                        {
                            return (reader.TokenStartIndex, false);
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            return (-1, false);
        }

        return (-1, false);
    }
}

/// <summary>The input nesting limit for JSON: <paramref name="Max"/> levels of values inside <paramref name="Envelope"/> wrapping containers.</summary>
internal readonly record struct InputDepthLimit(int Max, int Envelope);
