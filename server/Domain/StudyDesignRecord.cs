namespace NmnGraph.Server.Domain;

/// <summary>The design of a study (schema.graphql <c>StudyDesign</c>).</summary>
public sealed record StudyDesignRecord(
    string Summary,
    string? InVitro,
    string? Animal,
    string? Species,
    string? Dose,
    string? Route,
    string? Duration,
    bool HumanTrial);
