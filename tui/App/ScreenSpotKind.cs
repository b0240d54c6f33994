namespace NmnGraph.Tui.App;

/// <summary>The kinds of <see cref="ScreenSpot"/>; the index is a tab, a row of the loaded list or a link's span.</summary>
public enum ScreenSpotKind
{
    Nowhere,
    Tab,
    ListRow,

    /// <summary>The list pane, below its rows.</summary>
    List,
    DetailLink,

    /// <summary>The detail pane, not on a link.</summary>
    Detail,
}
