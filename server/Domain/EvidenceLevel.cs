namespace NmnGraph.Server.Domain;

/// <summary>Levels of evidence, strongest first; the declaration order is the strength order.</summary>
public enum EvidenceLevel
{
    HumanTrial,
    HumanObservational,
    AnimalModel,
    InVitro,
    None,
    NotApplicable,
}
