using System.Text.Json;

namespace NmnGraph.Client;

/// <summary>
/// The variables of one request, written without reflection. Generated variables types implement this by writing
/// one JSON object: <c>writer.WriteStartObject(); writer.WriteString("id", Id); writer.WriteEndObject();</c>.
/// </summary>
public interface IGraphQLVariables
{
    /// <summary>Writes the variables as one JSON object (start and end included).</summary>
    void WriteTo(Utf8JsonWriter writer);
}
