namespace NmnGraph.Tui.App;

/// <summary>
/// Points at one article, study, claim or topic: by slug, or for a study by slug or DOI (<c>:study 10.1093/…</c>).
/// Link tags in the detail pane are <see cref="ToTag"/> strings.
/// </summary>
public sealed record EntityRef(EntityKind Kind, string Key)
{
    public string ToTag() => $"{Kind.ToString().ToLowerInvariant()}:{Key}";

    /// <summary>Parses a link tag such as <c>claim:bone-nmn-delays-human-bone-cell-aging</c>; null when it is not one.</summary>
    public static EntityRef? FromTag(string? tag)
    {
        if (tag is null)
        {
            return null;
        }

        int colon = tag.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == tag.Length - 1)
        {
            return null;
        }

        return Enum.TryParse(tag[..colon], ignoreCase: true, out EntityKind kind) ? new EntityRef(kind, tag[(colon + 1)..]) : null;
    }

    /// <summary>A PubMed id (as opposed to a slug or DOI) is all digits: <c>:study 36029537</c>.</summary>
    public bool IsPmid => Kind == EntityKind.Study && Key.Length is > 0 and <= 10 && Key.All(char.IsAsciiDigit);

    /// <summary>A DOI (as opposed to a slug) starts with <c>10.</c> and has a slash.</summary>
    public bool IsDoi => Kind == EntityKind.Study && Key.StartsWith("10.", StringComparison.Ordinal) && Key.Contains('/', StringComparison.Ordinal);
}
