namespace NmnGraph.Server.Import;

/// <summary>A DOI or PMID in an article text: its normalized value and where it is written (UTF-16 offsets).</summary>
public sealed record FoundIdentifier(IdentifierKind Kind, string Value, int Start, int End);
