using System.Text.Json;

namespace NmnGraph.Client.Serialization;

/// <summary>
/// Reads a scalar from response JSON and writes it into variables, without reflection. Generated code passes the
/// instance (usually from <see cref="BuiltInScalars"/>) to <c>GetRequiredScalar</c> and <c>WriteScalar</c>.
/// </summary>
public abstract class ScalarSerializer<T> : IScalarSerializer
{
    protected ScalarSerializer(string typeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        TypeName = typeName;
    }

    public string TypeName { get; }

    public Type ClientType => typeof(T);

    /// <summary>Reads a non-null value; throws <see cref="ResponseShapeException"/> when it is not valid.</summary>
    public abstract T Parse(JsonElement value);

    /// <summary>Writes the value (for variables and input objects).</summary>
    public abstract void Write(Utf8JsonWriter writer, T value);

    /// <summary>A <see cref="ResponseShapeException"/> saying <paramref name="value"/> is not a valid value of this scalar.</summary>
    protected ResponseShapeException Invalid(JsonElement value) =>
        new($"{Describe(value)} is not a valid {TypeName}.", []);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => value.GetRawText(),
    };
}
