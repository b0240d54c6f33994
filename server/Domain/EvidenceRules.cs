namespace NmnGraph.Server.Domain;

/// <summary>How a claim's evidence level follows from its evidence.</summary>
public static class EvidenceRules
{
    /// <summary>
    /// The strongest level among evidence that supports or partially supports the claim
    /// (HUMAN_TRIAL &gt; HUMAN_OBSERVATIONAL &gt; ANIMAL_MODEL &gt; IN_VITRO); when nothing does,
    /// NOT_APPLICABLE for publication or design facts and NONE otherwise.
    /// </summary>
    public static EvidenceLevel ClaimLevel(IEnumerable<(Stance Stance, EvidenceLevel Level)> evidence, bool notApplicable)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        EvidenceLevel? best = null;
        foreach ((Stance stance, EvidenceLevel level) in evidence)
        {
            if (stance is not (Stance.Supports or Stance.PartiallySupports) || level > EvidenceLevel.InVitro)
            {
                continue;
            }

            // Enum declaration order is strength order: a smaller value is stronger.
            if (best is null || level < best)
            {
                best = level;
            }
        }

        return best ?? (notApplicable ? EvidenceLevel.NotApplicable : EvidenceLevel.None);
    }
}
