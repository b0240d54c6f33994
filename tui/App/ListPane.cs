using NmnGraph.Tui.Widgets;

namespace NmnGraph.Tui.App;

/// <summary>A list tab's rows (null until loaded), its selection, and whether it is loading or failed.</summary>
public sealed record ListPane
{
    public static ListPane NotLoaded { get; } = new();

    public IReadOnlyList<ListItem>? Items { get; init; }

    public ListState Selection { get; init; } = ListState.Empty;

    public bool Loading { get; init; }

    public string? Error { get; init; }

    /// <summary>The total the server reported (may exceed the rows loaded).</summary>
    public int? TotalCount { get; init; }

    public ListItem? SelectedItem =>
        Items is { } items && Selection.Selected >= 0 && Selection.Selected < items.Count ? items[Selection.Selected] : null;
}
