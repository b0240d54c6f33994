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
    private string? _sha256Hash;

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

    /// <summary>
    /// SHA-256 of the document text (UTF-8) in lower-case hex: the id of the operation in codegen's persisted-operations
    /// manifest and in automatic persisted queries.
    /// </summary>
    public string Sha256Hash => _sha256Hash ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Query)));

    /// <summary>Writes the JSON request body <c>{"query":…,"operationName":…,"variables":{…}}</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer) => WriteTo(writer, PersistedQuery.None);

    /// <summary>
    /// Writes the request body, with <c>extensions.persistedQuery</c> (automatic persisted queries) as
    /// <paramref name="persisted"/> says: the hash alone, or the hash beside the query.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer, PersistedQuery persisted)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (persisted != PersistedQuery.HashOnly)
        {
            writer.WriteString("query", Query);
        }

        if (persisted != PersistedQuery.None)
        {
            writer.WriteStartObject("extensions");
            writer.WriteStartObject("persistedQuery");
            writer.WriteNumber("version", 1);
            writer.WriteString("sha256Hash", Sha256Hash);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

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
    public byte[] ToUtf8Json(PersistedQuery persisted = PersistedQuery.None)
    {
        var buffer = new ArrayBufferWriter<byte>(Query.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer, persisted);
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
