namespace NmnGraph.Tui.App;

/// <summary>The pane that receives the navigation keys.</summary>
public enum PaneFocus
{
    List,
    Detail,
}
