namespace NmnGraph.Tui.App;

/// <summary>Which part of a list's connection a load asks for.</summary>
public enum ListFetch
{
    /// <summary>The first page (opening a tab, <c>g</c>/Home far from the start).</summary>
    First,

    /// <summary>The page after the last row loaded (the selection nears the end of what is loaded).</summary>
    Next,

    /// <summary>The page before the first row loaded (the selection nears its start after a jump to the end).</summary>
    Previous,

    /// <summary>The last page (<c>G</c>/End while more lies beyond what is loaded).</summary>
    Last,

    /// <summary>The rows on screen again, from the row before the first one shown (the data changed, or <c>r</c>).</summary>
    Refresh,
}
