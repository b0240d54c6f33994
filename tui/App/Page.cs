using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Tui.App;

/// <summary>
/// One entry of the detail pane's history: what it shows (once loaded), where it was scrolled to and which link was
/// selected, so going back restores it exactly and at once.
/// </summary>
public sealed record Page(EntityRef Target)
{
    public EntityDetail? Detail { get; init; }

    public TextViewState View { get; init; } = new();

    public bool Loading { get; init; }

    public string? Error { get; init; }

    /// <summary>The <see cref="BrowserState.DataVersion"/> the detail was loaded at.</summary>
    public int Version { get; init; }

    /// <summary>The title shown in the breadcrumb: the loaded title, or the key until then.</summary>
    public string Title => Detail?.Title ?? Target.Key;
}
