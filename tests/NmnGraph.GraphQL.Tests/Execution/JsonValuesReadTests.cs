using System.Text;
using System.Text.Json;
using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary><see cref="JsonValues.Read(ref Utf8JsonReader, int)"/>: plain values, and a bound on how deep lists and objects nest.</summary>
public class JsonValuesReadTests
{
    private static object? Read(string json, int maxDepth)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        return JsonValues.Read(ref reader, maxDepth);
    }

    [Fact]
    public void Containers_up_to_the_depth_are_read()
    {
        var map = Assert.IsType<Dictionary<string, object?>>(Read("""{"a":[1,2.5,"x",null,true],"b":{"c":3000000000},"a2":1}""", 2));
        Assert.Equal(["a", "b", "a2"], map.Keys);
        Assert.Equal(new object?[] { 1, 2.5, "x", null, true }, Assert.IsType<List<object?>>(map["a"]));
        Assert.Equal(3000000000L, Assert.IsType<Dictionary<string, object?>>(map["b"])["c"]);
    }

    [Theory]
    [InlineData("""{"a":[[1]]}""")]
    [InlineData("""[{"a":{}}]""")]
    public void A_container_at_the_depth_throws(string json) =>
        Assert.Throws<JsonException>(() => Read(json, 2));

    [Fact]
    public void A_repeated_name_keeps_its_first_position_and_its_last_value()
    {
        var map = Assert.IsType<Dictionary<string, object?>>(Read("""{"a":1,"b":2,"a":3}""", 8));
        Assert.Equal(["a", "b"], map.Keys);
        Assert.Equal(3, map["a"]);
    }
}
