using System.Text.Json;

namespace NmnGraph.Client.Serialization;

public static partial class JsonElementExtensions
{
    // ----- fields of a response object: obj.GetRequiredString("title") -----

    public static string GetRequiredString(this JsonElement obj, string field) => Read(obj, field, static v => v.ToRequiredString());

    public static string? GetOptionalString(this JsonElement obj, string field) => ReadOptional(obj, field, static v => v.ToRequiredString());

    public static string GetRequiredId(this JsonElement obj, string field) => Read(obj, field, static v => v.ToRequiredId());

    public static string? GetOptionalId(this JsonElement obj, string field) => ReadOptional(obj, field, static v => v.ToRequiredId());

    public static int GetRequiredInt(this JsonElement obj, string field) => Read(obj, field, static v => v.ToRequiredInt());

    public static int? GetOptionalInt(this JsonElement obj, string field) => Read(obj, field, static v => v.ToOptionalInt(), optional: true);

    public static double GetRequiredFloat(this JsonElement obj, string field) => Read(obj, field, static v => v.ToRequiredFloat());

    public static double? GetOptionalFloat(this JsonElement obj, string field) => Read(obj, field, static v => v.ToOptionalFloat(), optional: true);

    public static bool GetRequiredBoolean(this JsonElement obj, string field) => Read(obj, field, static v => v.ToRequiredBoolean());

    public static bool? GetOptionalBoolean(this JsonElement obj, string field) => Read(obj, field, static v => v.ToOptionalBoolean(), optional: true);

    public static TEnum GetRequiredEnum<TEnum>(this JsonElement obj, string field, Func<string, TEnum?> parse)
        where TEnum : struct, Enum => Read(obj, field, v => v.ToRequiredEnum(parse));

    public static TEnum? GetOptionalEnum<TEnum>(this JsonElement obj, string field, Func<string, TEnum?> parse)
        where TEnum : struct, Enum => Read(obj, field, v => v.ToOptionalEnum(parse), optional: true);

    public static T GetRequiredScalar<T>(this JsonElement obj, string field, ScalarSerializer<T> serializer) =>
        Read(obj, field, v => v.ToRequiredScalar(serializer));

    public static T? GetOptionalScalar<T>(this JsonElement obj, string field, ScalarSerializer<T> serializer)
        where T : struct => Read(obj, field, v => v.ToOptionalScalar(serializer), optional: true);

    public static T? GetOptionalScalarReference<T>(this JsonElement obj, string field, ScalarSerializer<T> serializer)
        where T : class => ReadOptional(obj, field, v => v.ToRequiredScalar(serializer));

    public static T GetRequiredObject<T>(this JsonElement obj, string field, Func<JsonElement, T> parse) =>
        Read(obj, field, v => v.ToRequiredObject(parse));

    public static T? GetOptionalObject<T>(this JsonElement obj, string field, Func<JsonElement, T> parse)
        where T : class => ReadOptional(obj, field, v => v.ToRequiredObject(parse));

    public static IReadOnlyList<T> GetRequiredList<T>(this JsonElement obj, string field, Func<JsonElement, T> parseItem) =>
        Read(obj, field, v => v.ToRequiredList(parseItem));

    public static IReadOnlyList<T>? GetOptionalList<T>(this JsonElement obj, string field, Func<JsonElement, T> parseItem) =>
        ReadOptional(obj, field, v => v.ToRequiredList(parseItem));

    /// <summary>
    /// The raw value of a field (a JSON scalar a generated parser wants to keep as is). Throws when the field is missing.
    /// </summary>
    public static JsonElement GetRequiredElement(this JsonElement obj, string field) => Read(obj, field, static v => v);

    private static T Read<T>(JsonElement obj, string field, Func<JsonElement, T> read, bool optional = false)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw Mismatch("an object", obj);
        }

        if (!obj.TryGetProperty(field, out JsonElement value))
        {
            if (optional)
            {
                // Missing optional fields (skipped by @skip/@include) read as null.
                return read(JsonElementNull);
            }

            throw new ResponseShapeException("the field is missing.", [field]);
        }

        try
        {
            return read(value);
        }
        catch (ResponseShapeException exception)
        {
            throw exception.Within(field);
        }
    }

    private static T? ReadOptional<T>(JsonElement obj, string field, Func<JsonElement, T> read)
        where T : class =>
        Read(obj, field, v => v.ValueKind == JsonValueKind.Null ? null : read(v), optional: true);

    private static readonly JsonElement s_null = CreateNull();

    private static JsonElement JsonElementNull => s_null;

    private static JsonElement CreateNull()
    {
        var reader = new Utf8JsonReader("null"u8);
        return JsonElement.ParseValue(ref reader);
    }
}
