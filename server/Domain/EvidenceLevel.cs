namespace NmnGraph.Server.Domain;

/// <summary>
/// Levels of evidence, strongest first; the declaration order is the strength order. The <c>None…</c> values
/// keep the reason why a claim has no evidence; plain <see cref="None"/> is for a claim whose reason nobody gave.
/// </summary>
public enum EvidenceLevel
{
    HumanTrial,
    HumanObservational,
    AnimalModel,
    InVitro,
    NoneExtrapolation,
    NoneMechanisticSpeculation,
    NoneBackground,
    None,
    NotApplicable,
}
