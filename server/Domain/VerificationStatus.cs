namespace NmnGraph.Server.Domain;

/// <summary>How far a study's identity and metadata have been checked.</summary>
public enum VerificationStatus
{
    Verified,
    Partial,
    Unidentified,

    /// <summary>Known only by an identifier an imported article gave; nothing about it has been checked.</summary>
    Unverified,
}
