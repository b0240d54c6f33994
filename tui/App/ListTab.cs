namespace NmnGraph.Tui.App;

/// <summary>The list pane's tabs, in the order they are shown.</summary>
public enum ListTab
{
    Articles,
    Studies,
    Claims,
    Topics,
    Search,
}
