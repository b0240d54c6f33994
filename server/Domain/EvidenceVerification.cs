namespace NmnGraph.Server.Domain;

/// <summary>How far one evidence link was checked (schema.graphql <c>EvidenceVerification</c>; the fact base's values).</summary>
public enum EvidenceVerification
{
    /// <summary>Checked against the study's abstract.</summary>
    VerifiedAgainstAbstract,

    /// <summary>Corroborated only by a secondary summary of the study.</summary>
    SecondarySummary,

    /// <summary>Stated only by the article; the study text was not available.</summary>
    ArticleOnly,
}
