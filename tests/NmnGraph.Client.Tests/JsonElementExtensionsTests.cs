using System.Text.Json;
using NmnGraph.Client.Serialization;
using NmnGraph.Client.Tests.AsGenerated;
using static NmnGraph.Client.Tests.OperationResultTests;

namespace NmnGraph.Client.Tests;

public sealed class JsonElementExtensionsTests
{
    private static readonly JsonElement s_obj = Json("""
        {
          "s": "text", "n": null, "i": 7, "f": 2.5, "fi": 3, "b": true, "id": "a1", "numericId": 12,
          "kind": "GADGET", "odd": "SPOON", "date": "2024-02-29", "instant": "2024-02-29T10:30:00.5+01:00",
          "list": ["x", null], "obj": { "k": "v" }
        }
        """);

    [Fact]
    public void Reads_present_values()
    {
        Assert.Equal("text", s_obj.GetRequiredString("s"));
        Assert.Equal(7, s_obj.GetRequiredInt("i"));
        Assert.Equal(2.5, s_obj.GetRequiredFloat("f"));
        Assert.Equal(3.0, s_obj.GetRequiredFloat("fi"));
        Assert.True(s_obj.GetRequiredBoolean("b"));
        Assert.Equal("a1", s_obj.GetRequiredId("id"));
        Assert.Equal("12", s_obj.GetRequiredId("numericId"));
        Assert.Equal(ThingKind.Gadget, s_obj.GetRequiredEnum("kind", ThingKindValues.Parse));
        Assert.Equal(new DateOnly(2024, 2, 29), s_obj.GetRequiredScalar("date", BuiltInScalars.Date));
        Assert.Equal(
            new DateTimeOffset(2024, 2, 29, 10, 30, 0, 500, TimeSpan.FromHours(1)),
            s_obj.GetRequiredScalar("instant", BuiltInScalars.DateTime));
        Assert.Equal(["x", null], s_obj.GetRequiredList("list", static item => item.ToOptionalString()));
        Assert.Equal("v", s_obj.GetRequiredObject("obj", static o => o.GetRequiredString("k")));
    }

    [Fact]
    public void Optional_readers_return_null_for_null_and_missing()
    {
        Assert.Null(s_obj.GetOptionalString("n"));
        Assert.Null(s_obj.GetOptionalString("absent"));
        Assert.Null(s_obj.GetOptionalInt("n"));
        Assert.Null(s_obj.GetOptionalFloat("absent"));
        Assert.Null(s_obj.GetOptionalBoolean("n"));
        Assert.Null(s_obj.GetOptionalId("n"));
        Assert.Null(s_obj.GetOptionalEnum("n", ThingKindValues.Parse));
        Assert.Null(s_obj.GetOptionalScalar("n", BuiltInScalars.Date));
        Assert.Null(s_obj.GetOptionalObject("n", static o => o.GetRawText()));
        Assert.Null(s_obj.GetOptionalList("absent", static item => item.ToRequiredString()));
        Assert.Equal(7, s_obj.GetOptionalInt("i"));
    }

    [Theory]
    [InlineData("s", "expected an Int but found \"text\".")]
    [InlineData("n", "expected an Int but found null.")]
    [InlineData("absent", "the field is missing.")]
    [InlineData("obj", "expected an Int but found an object.")]
    public void Required_int_mismatches_name_the_field(string field, string detail)
    {
        ResponseShapeException exception = Assert.Throws<ResponseShapeException>(() => s_obj.GetRequiredInt(field));

        Assert.Equal(detail, exception.Detail);
        Assert.Equal([field], exception.Path);
    }

    [Fact]
    public void Unknown_enum_value_and_invalid_scalar_are_shape_errors()
    {
        ResponseShapeException odd = Assert.Throws<ResponseShapeException>(() => s_obj.GetRequiredEnum("odd", ThingKindValues.Parse));
        Assert.Contains("\"SPOON\"", odd.Message, StringComparison.Ordinal);

        ResponseShapeException date = Assert.Throws<ResponseShapeException>(() => s_obj.GetRequiredScalar("s", BuiltInScalars.Date));
        Assert.Equal("\"text\" is not a valid Date.", date.Detail);
    }

    [Fact]
    public void Optional_reader_still_rejects_a_wrong_kind()
    {
        Assert.Throws<ResponseShapeException>(() => s_obj.GetOptionalInt("s"));
        Assert.Throws<ResponseShapeException>(() => s_obj.GetOptionalString("i"));
    }

    [Fact]
    public void Scalar_registry_maps_schema_scalars_to_client_types()
    {
        Assert.Equal(typeof(DateOnly), ScalarRegistry.Default.Get<DateOnly>("Date").ClientType);
        Assert.Same(BuiltInScalars.DateTime, ScalarRegistry.Default.Get<DateTimeOffset>("DateTime"));
        Assert.Same(BuiltInScalars.Id, ScalarRegistry.Default.Get<string>("ID"));
        Assert.Same(BuiltInScalars.Cursor, ScalarRegistry.Default.Get<string>("Cursor"));
        KeyNotFoundException wrongType = Assert.Throws<KeyNotFoundException>(() => ScalarRegistry.Default.Get<string>("Date"));
        Assert.Contains("DateOnly", wrongType.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => ScalarRegistry.Default.Get<string>("Money"));
    }

    [Fact]
    public void Date_time_round_trips_through_its_serializer()
    {
        var instant = new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            BuiltInScalars.DateTime.Write(writer, instant);
        }

        JsonElement written = Json(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal("2025-09-01T08:00:00+00:00", written.GetString());
        Assert.Equal(instant, BuiltInScalars.DateTime.Parse(written));
    }
}
