using NmnGraph.Client;

namespace NmnGraph.Tui.App;

/// <summary>One row of a list tab: what it opens, its title, a dimmed detail, and the badges the row shows.</summary>
public sealed record ListItem(EntityRef Target, string Title, string Detail)
{
    /// <summary>Indentation level (child topics).</summary>
    public int Depth { get; init; }

    public EvidenceLevel? Level { get; init; }

    /// <summary>How far the evidence at a claim's level was checked.</summary>
    public EvidenceVerification? LevelVerification { get; init; }

    public VerificationStatus? Verification { get; init; }

    /// <summary>A study's DOI (for completing <c>:study</c> and for copying).</summary>
    public string? Doi { get; init; }

    /// <summary>The row's cursor in its connection (null for lists that are not connections).</summary>
    public string? Cursor { get; init; }
}
