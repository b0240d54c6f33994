using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>
/// Evidence to link (or update: one link per claim, study and level). A null verification keeps the
/// verification of an existing link and makes a new one <see cref="EvidenceVerification.ArticleOnly"/>.
/// </summary>
public sealed record EvidenceLink(long ClaimId, long StudyId, Stance Stance, EvidenceLevel Level, string? Note = null,
    EvidenceVerification? Verification = null);
