using System.Text.Json;

namespace NmnGraph.Client;

/// <summary>Ready-made <see cref="IGraphQLVariables"/>: none, or a delegate that writes the object.</summary>
public sealed class GraphQLVariables : IGraphQLVariables
{
    private readonly Action<Utf8JsonWriter> _write;

    private GraphQLVariables(Action<Utf8JsonWriter> write)
    {
        _write = write;
    }

    /// <summary>No variables: writes <c>{}</c>.</summary>
    public static GraphQLVariables Empty { get; } = new(static writer =>
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    });

    /// <summary>Variables written by <paramref name="write"/>, which must write one whole JSON object.</summary>
    public static GraphQLVariables FromWriter(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return new GraphQLVariables(write);
    }

    public void WriteTo(Utf8JsonWriter writer) => _write(writer);
}
