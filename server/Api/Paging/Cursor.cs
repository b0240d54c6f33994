using System.Buffers.Text;
using System.Text.Json;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Api.Paging;

/// <summary>
/// Connection cursors: base64url of a JSON array <c>[orderTag, key…, id]</c>, the item's sort key values and id,
/// so a page after a cursor starts from that row's place in the order (keyset paging), not from an offset.
/// </summary>
public static class Cursor
{
    public static string Encode(SortPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(position.OrderTag);
            foreach (object value in position.Values)
            {
                switch (value)
                {
                    case long integer:
                        writer.WriteNumberValue(integer);
                        break;
                    case double real:
                        writer.WriteNumberValue(real);
                        break;
                    default:
                        writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }

            writer.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <summary>The position a cursor holds; a <c>BAD_USER_INPUT</c> error for anything else.</summary>
    public static SortPosition Decode(string cursor, string argument)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            using JsonDocument document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() >= 2 && root[0].ValueKind == JsonValueKind.String)
            {
                var values = new List<object>();
                foreach (JsonElement element in root.EnumerateArray().Skip(1))
                {
                    values.Add(element.ValueKind switch
                    {
                        JsonValueKind.String => element.GetString()!,
                        JsonValueKind.Number when element.TryGetInt64(out long integer) => integer,
                        JsonValueKind.Number => element.GetDouble(),
                        _ => throw new FormatException(),
                    });
                }

                return new SortPosition(root[0].GetString()!, values);
            }
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            // Reported below.
        }

        throw ApiErrors.BadUserInput($"'{cursor}' given for {argument} is not a cursor of this connection.");
    }
}
