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
    public static HttpFailure? Check(ReadOnlySequence<byte> json, string what, JsonReaderOptions options)
    {
        ReadOnlySpan<byte> bytes = json.IsSingleSegment ? json.FirstSpan : json.ToArray();
        return Check(bytes, what, options);
    }

    public static HttpFailure? Check(ReadOnlySpan<byte> json, string what, JsonReaderOptions options)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            int offset = FirstInvalidUtf8(json);
            return HttpFailure.BadRequest(
                $"{what} is not valid UTF-8: the byte sequence at byte offset {offset} (0x{json[offset]:X2}) is invalid.",
                GraphQLErrorCodes.JsonParseError);
        }

        long escape = FirstUndecodableString(json, options);
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

    /// <summary>The start of the first escaped string that does not decode; -1 when none (syntax errors are left to the parser).</summary>
    private static long FirstUndecodableString(ReadOnlySpan<byte> json, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(json, options);
        try
        {
            while (reader.Read())
            {
                if ((reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName) && reader.ValueIsEscaped)
                {
                    try
                    {
                        _ = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        return reader.TokenStartIndex;
                    }
                }
            }
        }
        catch (JsonException)
        {
            return -1;
        }

        return -1;
    }
}
