using System.Buffers;
using System.Text;
using System.Text.Json;

namespace NmnGraph.Client;

/// <summary>
/// One GraphQL request: the document text, the operation to run and its variables
/// (GraphQL over HTTP §"Request Parameters"). The body is written without reflection.
/// </summary>
public sealed class GraphQLRequest
{
    private string? _variablesJson;

    public GraphQLRequest(string query, string? operationName = null, IGraphQLVariables? variables = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        Query = query;
        OperationName = operationName;
        Variables = variables;
    }

    /// <summary>The GraphQL document text.</summary>
    public string Query { get; }

    /// <summary>The operation to execute; may be omitted when the document has one operation.</summary>
    public string? OperationName { get; }

    /// <summary>The variables, or <c>null</c> for none.</summary>
    public IGraphQLVariables? Variables { get; }

    /// <summary>Writes the JSON request body <c>{"query":…,"operationName":…,"variables":{…}}</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("query", Query);
        if (OperationName is not null)
        {
            writer.WriteString("operationName", OperationName);
        }

        if (Variables is not null)
        {
            writer.WritePropertyName("variables");
            Variables.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>The JSON request body as UTF-8.</summary>
    public byte[] ToUtf8Json()
    {
        var buffer = new ArrayBufferWriter<byte>(Query.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The variables as compact JSON (<c>{}</c> when there are none); used to key cached results.</summary>
    public string GetVariablesJson()
    {
        if (_variablesJson is null)
        {
            var buffer = new ArrayBufferWriter<byte>(64);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                (Variables ?? GraphQLVariables.Empty).WriteTo(writer);
            }

            _variablesJson = Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        return _variablesJson;
    }

    public override string ToString() => OperationName ?? "(anonymous operation)";
}
