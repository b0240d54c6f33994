using System.Text.Json;

namespace NmnGraph.Client.Tests;

public sealed class OptionalTests
{
    private sealed record SearchVariables(string Text, Optional<int?> First) : IGraphQLVariables
    {
        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("text", Text);
            if (First.HasValue)
            {
                if (First.Value is { } first)
                {
                    writer.WriteNumber("first", first);
                }
                else
                {
                    writer.WriteNull("first");
                }
            }

            writer.WriteEndObject();
        }
    }

    [Fact]
    public void Omitted_null_and_given_values_are_written_differently()
    {
        Assert.Equal("""{"text":"nmn"}""", new GraphQLRequest("q", null, new SearchVariables("nmn", default)).GetVariablesJson());
        Assert.Equal("""{"text":"nmn","first":null}""", new GraphQLRequest("q", null, new SearchVariables("nmn", (int?)null)).GetVariablesJson());
        Assert.Equal("""{"text":"nmn","first":5}""", new GraphQLRequest("q", null, new SearchVariables("nmn", 5)).GetVariablesJson());
    }

    [Fact]
    public void Reading_an_omitted_value_throws()
    {
        Optional<string> empty = Optional<string>.Empty;

        Assert.False(empty.HasValue);
        Assert.Throws<InvalidOperationException>(() => empty.Value);
        Assert.Equal("(not given)", empty.ToString());
    }
}
