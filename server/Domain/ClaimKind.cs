namespace NmnGraph.Server.Domain;

/// <summary>The kind of a claim (schema.graphql <c>ClaimKind</c>).</summary>
public enum ClaimKind
{
    Headline,
    StudyFinding,
    StudyDesign,
    FigureCaption,
    PublicationFact,
    AttributedQuote,
    Extrapolation,
    Mechanistic,
    Background,
}
