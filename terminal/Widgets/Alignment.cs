namespace NmnGraph.Terminal.Widgets;

/// <summary>Horizontal alignment of text in a cell.</summary>
public enum Alignment
{
    Left,
    Center,
    Right,
}
