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

    /// <summary>The server said no such entity exists (nothing to retry).</summary>
    public bool Missing { get; init; }

    /// <summary>The <see cref="BrowserState.DataVersion"/> the detail was loaded at.</summary>
    public int Version { get; init; }

    /// <summary>
    /// Shown because the list selection rests on it, not opened: it stays out of the history, and the next preview
    /// replaces it.
    /// </summary>
    public bool Preview { get; init; }

    /// <summary>What the screen showed before this page was opened, restored if it cannot be loaded (null once loaded).</summary>
    public OpenedFrom? Undo { get; init; }

    /// <summary>True when this page shows (or is loading) the entity <paramref name="target"/> names.</summary>
    public bool Shows(EntityRef target) => Target == target || Detail?.IsNamedBy(target) == true;

    /// <summary>The title shown in the breadcrumb: the loaded title, or the key until then.</summary>
    public string Title => Detail?.Title ?? Target.Key;
}
