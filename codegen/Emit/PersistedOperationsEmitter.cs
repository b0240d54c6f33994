using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NmnGraph.Codegen.Analysis;

namespace NmnGraph.Codegen.Emit;

/// <summary>
/// The trusted-documents manifest <c>persisted-operations.json</c>: one entry per operation, the SHA-256 (lower-case
/// hex) of the exact document the client sends → that document, as a JSON object (the Relay / StrawberryShake
/// <c>operations.json</c> layout). A server loads it with <c>--persisted DIR</c>; the client sends the hash first.
/// </summary>
public static class PersistedOperationsEmitter
{
    public const string FileName = "persisted-operations.json";

    public static GeneratedFile Emit(ClientModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (OperationModel operation in model.Operations)
        {
            entries[Hash(operation.Document)] = operation.Document;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach ((string hash, string document) in entries)
            {
                writer.WriteString(hash, document);
            }

            writer.WriteEndObject();
        }

        return new GeneratedFile(FileName, Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    /// <summary>SHA-256 of the document's UTF-8 bytes, lower-case hex: the same key automatic persisted queries use.</summary>
    public static string Hash(string document) => NmnGraph.GraphQL.Execution.DocumentHash.Sha256(document);
}
