namespace NmnGraph.Server.Domain;

/// <summary>How far a study backs a claim (schema.graphql <c>Stance</c>).</summary>
public enum Stance
{
    Supports,
    PartiallySupports,
    Overstates,
    DoesNotAddress,
    Contradicts,
    Unverified,
}
