using System.Collections.Concurrent;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Execution;

/// <summary>A parsed document, whether it passed validation, and the plans of its operations.</summary>
public sealed class CachedDocument(DocumentNode document)
{
    public DocumentNode Document { get; } = document;

    /// <summary>Set once the validator accepted the document, so later requests skip validation.</summary>
    public bool IsValidated { get; set; }

    /// <summary>Operation plans by operation name ("" for an anonymous operation).</summary>
    public ConcurrentDictionary<string, OperationPlan> Plans { get; } = new(StringComparer.Ordinal);
}
