namespace NmnGraph.Tui.Widgets;

/// <summary>Horizontal alignment of text in a cell.</summary>
public enum Alignment
{
    Left,
    Center,
    Right,
}
