using System.Text.Json;

namespace NmnGraph.Client.Serialization;

/// <summary>
/// Readers that keep generated parsers short. <c>Get…(obj, "field")</c> reads a field of a response object;
/// <c>To…()</c> reads a value itself (list items). <c>Required</c> readers throw <see cref="ResponseShapeException"/>
/// (with the path to the value) when the value is missing, <c>null</c> or of the wrong JSON kind; <c>Optional</c>
/// readers return <c>null</c> for a missing or <c>null</c> value and throw only for a wrong kind.
/// </summary>
public static partial class JsonElementExtensions
{
    // ----- values -----

    public static string ToRequiredString(this JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Mismatch("a String", value);

    public static string? ToOptionalString(this JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : value.ToRequiredString();

    /// <summary>An <c>ID</c>: a JSON string, or an integer that is turned into its decimal text.</summary>
    public static string ToRequiredId(this JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number when value.TryGetInt64(out _) => value.GetRawText(),
        _ => throw Mismatch("an ID", value),
    };

    public static string? ToOptionalId(this JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : value.ToRequiredId();

    public static int ToRequiredInt(this JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) ? number : throw Mismatch("an Int", value);

    public static int? ToOptionalInt(this JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : value.ToRequiredInt();

    public static double ToRequiredFloat(this JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) ? number : throw Mismatch("a Float", value);

    public static double? ToOptionalFloat(this JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : value.ToRequiredFloat();

    public static bool ToRequiredBoolean(this JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Mismatch("a Boolean", value),
    };

    public static bool? ToOptionalBoolean(this JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : value.ToRequiredBoolean();

    /// <summary>An enum value; <paramref name="parse"/> (generated, a switch over the names) returns <c>null</c> for names it does not know.</summary>
    public static TEnum ToRequiredEnum<TEnum>(this JsonElement value, Func<string, TEnum?> parse)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(parse);
        string name = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Mismatch("an enum value", value);
        return parse(name) ?? throw new ResponseShapeException($"\"{name}\" is not a value of the client's {typeof(TEnum).Name}.", []);
    }

    public static TEnum? ToOptionalEnum<TEnum>(this JsonElement value, Func<string, TEnum?> parse)
        where TEnum : struct, Enum =>
        value.ValueKind == JsonValueKind.Null ? null : value.ToRequiredEnum(parse);

    /// <summary>A custom scalar read by its serializer (see <see cref="BuiltInScalars"/>).</summary>
    public static T ToRequiredScalar<T>(this JsonElement value, ScalarSerializer<T> serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        return value.ValueKind == JsonValueKind.Null ? throw Mismatch("a " + serializer.TypeName, value) : serializer.Parse(value);
    }

    /// <summary>A nullable custom scalar whose client type is a value type (<c>DateOnly?</c>).</summary>
    public static T? ToOptionalScalar<T>(this JsonElement value, ScalarSerializer<T> serializer)
        where T : struct =>
        value.ValueKind == JsonValueKind.Null ? null : value.ToRequiredScalar(serializer);

    /// <summary>A nullable custom scalar whose client type is a reference type.</summary>
    public static T? ToOptionalScalarReference<T>(this JsonElement value, ScalarSerializer<T> serializer)
        where T : class =>
        value.ValueKind == JsonValueKind.Null ? null : value.ToRequiredScalar(serializer);

    /// <summary>An object, parsed by the generated parser of its selection set.</summary>
    public static T ToRequiredObject<T>(this JsonElement value, Func<JsonElement, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return value.ValueKind == JsonValueKind.Object ? parse(value) : throw Mismatch("an object", value);
    }

    public static T? ToOptionalObject<T>(this JsonElement value, Func<JsonElement, T> parse)
        where T : class =>
        value.ValueKind == JsonValueKind.Null ? null : value.ToRequiredObject(parse);

    /// <summary>A list; <paramref name="parseItem"/> reads each item (use a <c>To…</c> reader). Errors name the index.</summary>
    public static IReadOnlyList<T> ToRequiredList<T>(this JsonElement value, Func<JsonElement, T> parseItem)
    {
        ArgumentNullException.ThrowIfNull(parseItem);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Mismatch("a list", value);
        }

        var items = new T[value.GetArrayLength()];
        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            try
            {
                items[index] = parseItem(item);
            }
            catch (ResponseShapeException exception)
            {
                throw exception.Within(index);
            }

            index++;
        }

        return items;
    }

    public static IReadOnlyList<T>? ToOptionalList<T>(this JsonElement value, Func<JsonElement, T> parseItem) =>
        value.ValueKind == JsonValueKind.Null ? null : value.ToRequiredList(parseItem);

    /// <summary>The <c>__typename</c> of an object; generated parsers of abstract types switch on it.</summary>
    public static string GetTypeName(this JsonElement obj) => obj.GetRequiredString("__typename");

    private static ResponseShapeException Mismatch(string expected, JsonElement value)
    {
        string found = value.ValueKind switch
        {
            JsonValueKind.Undefined => "nothing",
            JsonValueKind.Null => "null",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "a list",
            _ => Shorten(value.GetRawText()),
        };
        return new ResponseShapeException($"expected {expected} but found {found}.", []);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
