namespace NmnGraph.Tui.App;

/// <summary>Where a key binding applies.</summary>
public enum KeyScope
{
    /// <summary>Anywhere while browsing.</summary>
    Any,

    /// <summary>With the list focused.</summary>
    List,

    /// <summary>With the detail pane focused.</summary>
    Detail,
}
