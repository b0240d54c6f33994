using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>Evidence to link (or update: one link per claim, study and level).</summary>
public sealed record EvidenceLink(long ClaimId, long StudyId, Stance Stance, EvidenceLevel Level, string? Note = null);
