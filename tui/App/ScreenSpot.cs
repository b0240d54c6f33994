namespace NmnGraph.Tui.App;

/// <summary>What is at a cell of the screen, for the mouse: a tab, a list row, a link or the text of the detail pane.</summary>
public sealed record ScreenSpot(ScreenSpotKind Kind, int Index = -1)
{
    public static ScreenSpot Nowhere { get; } = new(ScreenSpotKind.Nowhere);
}
