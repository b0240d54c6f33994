using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Tui.App;

/// <summary>
/// A list tab's rows (null until loaded): a contiguous window of the connection starting at <see cref="Start"/>,
/// which grows page by page at either end as the selection nears it; its selection, and whether it is loading or failed.
/// </summary>
public sealed record ListPane
{
    public static ListPane NotLoaded { get; } = new();

    public IReadOnlyList<ListItem>? Items { get; init; }

    public ListState Selection { get; init; } = ListState.Empty;

    public bool Loading { get; init; }

    public string? Error { get; init; }

    /// <summary>The total the server reported (may exceed the rows loaded).</summary>
    public int? TotalCount { get; init; }

    /// <summary>The position in the whole list of the first row loaded (0-based).</summary>
    public int Start { get; init; }

    /// <summary>More rows follow the last one loaded.</summary>
    public bool HasNext { get; init; }

    /// <summary>More rows precede the first one loaded.</summary>
    public bool HasPrevious { get; init; }

    /// <summary>A page is being fetched for this window (rows stay on screen meanwhile).</summary>
    public ListFetch? Fetching { get; init; }

    /// <summary>The data changed while a page was in flight: refresh once it lands.</summary>
    public bool Stale { get; init; }

    /// <summary>The selected row's position in the whole list (1-based), or 0 when nothing is selected.</summary>
    public int Position => SelectedItem is null ? 0 : Start + Selection.Selected + 1;

    public ListItem? SelectedItem =>
        Items is { } items && Selection.Selected >= 0 && Selection.Selected < items.Count ? items[Selection.Selected] : null;
}
