namespace NmnGraph.Server.Domain;

/// <summary>How far a study has been checked (schema.graphql <c>Verification</c>).</summary>
public sealed record VerificationRecord(
    VerificationStatus Status,
    string? Note,
    IReadOnlyList<string> Sources);
