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

    /// <summary>While a line is typed at the <c>/</c>, <c>:</c> or <c>f</c> prompt.</summary>
    Prompt,
}
