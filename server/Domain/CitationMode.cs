namespace NmnGraph.Server.Domain;

/// <summary>How an article cites a study (schema.graphql <c>CitationMode</c>).</summary>
public enum CitationMode
{
    FormalReference,
    Described,
}
