namespace NmnGraph.Server.Domain;

/// <summary>How a claim's evidence level follows from curation and evidence, and which levels a study can give.</summary>
public static class EvidenceRules
{
    /// <summary>
    /// The curated level when a curator (or the fact base) gave one; otherwise the strongest level among
    /// evidence that supports or partially supports the claim and was checked beyond the article
    /// (HUMAN_TRIAL &gt; HUMAN_OBSERVATIONAL &gt; ANIMAL_MODEL &gt; IN_VITRO), and NONE when nothing qualifies.
    /// </summary>
    public static EvidenceLevel ClaimLevel(EvidenceLevel? curated, IEnumerable<(Stance Stance, EvidenceLevel Level, EvidenceVerification Verification)> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (curated is { } level)
        {
            return level;
        }

        EvidenceLevel? best = null;
        foreach ((Stance stance, EvidenceLevel candidate, EvidenceVerification verification) in evidence)
        {
            // Article-only evidence repeats what the article says; it cannot raise the article's own claim.
            if (stance is not (Stance.Supports or Stance.PartiallySupports) || !IsStudyEvidence(candidate)
                || verification == EvidenceVerification.ArticleOnly)
            {
                continue;
            }

            // Enum declaration order is strength order: a smaller value is stronger.
            if (best is null || candidate < best)
            {
                best = candidate;
            }
        }

        return best ?? EvidenceLevel.None;
    }

    /// <summary>
    /// The best verification among the claim's evidence links at its level; null when the level is not a study's
    /// or no link has it.
    /// </summary>
    public static EvidenceVerification? LevelVerification(EvidenceLevel claimLevel, IEnumerable<EvidenceRecord> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        EvidenceVerification? best = null;
        if (!IsStudyEvidence(claimLevel))
        {
            return best;
        }

        foreach (EvidenceRecord link in evidence)
        {
            // Declaration order is trust order: a smaller value was checked more closely.
            if (link.Level == claimLevel && (best is null || link.Verification < best))
            {
                best = link.Verification;
            }
        }

        return best;
    }

    /// <summary>Whether the level is one a study's design provides (in vitro up to a human trial), not a reason for having none.</summary>
    public static bool IsStudyEvidence(EvidenceLevel level) => level <= EvidenceLevel.InVitro;

    /// <summary>Why the study cannot give evidence of this level, or null when its design can.</summary>
    public static string? DesignRefusal(StudyRecord study, EvidenceLevel level)
    {
        ArgumentNullException.ThrowIfNull(study);
        string? missing = level switch
        {
            EvidenceLevel.HumanTrial when !study.Design.HumanTrial => "has no human trial",
            EvidenceLevel.HumanObservational when !study.EvidenceLevels.Contains(EvidenceLevel.HumanObservational) => "has no human observational data",
            EvidenceLevel.AnimalModel when study.Design.Animal is null => "has no animal model",
            EvidenceLevel.InVitro when study.Design.InVitro is null => "has no in vitro experiment",
            _ => null,
        };
        return missing is null
            ? null
            : $"Study '{study.Slug}' cannot give {EnumText.ToText(level)} evidence: its design {missing} ({study.Design.Summary}).";
    }
}
