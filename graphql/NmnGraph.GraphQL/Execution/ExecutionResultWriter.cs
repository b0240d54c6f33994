using System.Buffers;
using System.Collections;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// Serializes an <see cref="ExecutionResult"/> as JSON (spec §7): <c>errors</c> first when there are any (as
/// #sec-Response-Format suggests, so errors are seen at once), then <c>data</c> when present, then
/// <c>extensions</c>. Result maps keep the order of the selection.
/// </summary>
public static class ExecutionResultWriter
{
    /// <summary>How responses are written: compact, with only the escaping JSON requires.</summary>
    internal static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonWriterOptions s_indented = Options with { Indented = true };

    public static void Write(IBufferWriter<byte> output, ExecutionResult result, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(output, indented ? s_indented : Options);
        Write(writer, result);
    }

    public static async Task WriteAsync(Stream output, ExecutionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);

        // Write(Utf8JsonWriter) flushes synchronously, which Kestrel refuses: serialize to memory, then copy.
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, result);
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The result as a JSON string (tests, logs, the CLI).</summary>
    public static string ToJson(ExecutionResult result, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, result, indented);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, result.Errors);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(errors);
        writer.WriteStartArray();
        foreach (GraphQLError error in errors)
        {
            WriteError(writer, error);
        }

        writer.WriteEndArray();
    }

    /// <summary>One error (spec #sec-Errors): message, locations, path, extensions.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (SourceLocation location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { Count: > 0 } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (object segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a Float result: whole numbers without a fraction, as JSON.stringify does.</summary>
    internal static void WriteNumber(Utf8JsonWriter writer, double number)
    {
        if (Math.Floor(number) == number && Math.Abs(number) < 1e15)
        {
            writer.WriteNumberValue((long)number);
        }
        else
        {
            writer.WriteNumberValue(number);
        }
    }

    /// <summary>Writes a result value: maps, lists, strings, numbers, booleans, null, <see cref="JsonElement"/>.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case JsonFragment fragment:
                writer.WriteRawValue(fragment.Utf8, skipInputValidation: true);
                break;
            case ResultMap map:
                writer.WriteStartObject();
                JsonEncodedText[]? encodedKeys = map.EncodedKeys;
                for (int i = 0; i < map.Count; i++)
                {
                    if (encodedKeys is not null)
                    {
                        writer.WritePropertyName(encodedKeys[i]);
                    }
                    else
                    {
                        writer.WritePropertyName(map.GetKey(i));
                    }

                    WriteValue(writer, map.GetValue(i));
                }

                writer.WriteEndObject();
                break;
            case object?[] items:
                // The executor's lists; other lists are written by the IList case below.
                writer.WriteStartArray();
                foreach (object? item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                WriteNumber(writer, number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case BigInteger number:
                writer.WriteRawValue(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (KeyValuePair<string, object?> entry in map)
                {
                    writer.WritePropertyName(entry.Key);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (KeyValuePair<string, object?> entry in map)
                {
                    writer.WritePropertyName(entry.Key);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IList list:
                writer.WriteStartArray();
                for (int i = 0; i < list.Count; i++)
                {
                    WriteValue(writer, list[i]);
                }

                writer.WriteEndArray();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (object? item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
