using System.Globalization;
using System.Text.Json;

namespace NmnGraph.Client.Serialization;

/// <summary>
/// The scalars of the NmnGraph schema and their client types: <c>ID</c>, <c>Cursor</c> and <c>String</c> →
/// <see cref="string"/>, <c>Int</c> → <see cref="int"/>, <c>Float</c> → <see cref="double"/>, <c>Boolean</c> →
/// <see cref="bool"/>, <c>Date</c> → <see cref="DateOnly"/> (<c>yyyy-MM-dd</c>), <c>DateTime</c> →
/// <see cref="DateTimeOffset"/> (RFC 3339).
/// </summary>
public static class BuiltInScalars
{
    public static ScalarSerializer<string> String { get; } = new StringScalar("String", acceptIntegers: false);

    public static ScalarSerializer<string> Id { get; } = new StringScalar("ID", acceptIntegers: true);

    public static ScalarSerializer<string> Cursor { get; } = new StringScalar("Cursor", acceptIntegers: false);

    public static ScalarSerializer<int> Int { get; } = new IntScalar();

    public static ScalarSerializer<double> Float { get; } = new FloatScalar();

    public static ScalarSerializer<bool> Boolean { get; } = new BooleanScalar();

    public static ScalarSerializer<DateOnly> Date { get; } = new DateScalar();

    public static ScalarSerializer<DateTimeOffset> DateTime { get; } = new DateTimeScalar();

    private sealed class StringScalar(string name, bool acceptIntegers) : ScalarSerializer<string>(name)
    {
        public override string Parse(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number when acceptIntegers && value.TryGetInt64(out _) => value.GetRawText(),
            _ => throw Invalid(value),
        };

        public override void Write(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);
    }

    private sealed class IntScalar() : ScalarSerializer<int>("Int")
    {
        public override int Parse(JsonElement value) =>
            value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) ? number : throw Invalid(value);

        public override void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
    }

    private sealed class FloatScalar() : ScalarSerializer<double>("Float")
    {
        public override double Parse(JsonElement value) =>
            value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) ? number : throw Invalid(value);

        public override void Write(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);
    }

    private sealed class BooleanScalar() : ScalarSerializer<bool>("Boolean")
    {
        public override bool Parse(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(value),
        };

        public override void Write(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);
    }

    private sealed class DateScalar() : ScalarSerializer<DateOnly>("Date")
    {
        public override DateOnly Parse(JsonElement value) =>
            value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw Invalid(value);

        public override void Write(Utf8JsonWriter writer, DateOnly value) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private sealed class DateTimeScalar() : ScalarSerializer<DateTimeOffset>("DateTime")
    {
        private static readonly string[] s_formats =
        [
            "yyyy-MM-dd'T'HH:mm:ssK",
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        ];

        public override DateTimeOffset Parse(JsonElement value) =>
            value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParseExact(value.GetString(), s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset instant)
            ? instant
            : throw Invalid(value);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
    }
}
