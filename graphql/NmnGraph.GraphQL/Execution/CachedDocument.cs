using System.Collections.Concurrent;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>A parsed document, the schema it passed validation against, and the plans of its operations.</summary>
public sealed class CachedDocument(DocumentNode document)
{
    private volatile Schema? _validatedSchema;

    public DocumentNode Document { get; } = document;

    /// <summary>True once a validator accepted the document (against any schema).</summary>
    public bool IsValidated => _validatedSchema is not null;

    /// <summary>Operation plans by operation name ("" for an anonymous operation).</summary>
    public ConcurrentDictionary<string, OperationPlan> Plans { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// True when the document was validated against exactly this schema instance; a cache shared by
    /// executors of different schemas (or kept across a schema reload) validates again.
    /// </summary>
    public bool IsValidatedFor(Schema schema) => ReferenceEquals(_validatedSchema, schema);

    /// <summary>Records that the validator accepted the document against <paramref name="schema"/>.</summary>
    public void MarkValidated(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _validatedSchema = schema;
    }
}
