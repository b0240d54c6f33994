namespace NmnGraph.Terminal.Widgets;

/// <summary>One line of a <see cref="TextLayout"/>.</summary>
public sealed record TextLine(IReadOnlyList<TextSegment> Segments)
{
    public int Width => Segments.Count == 0 ? 0 : Segments[^1].Column + Segments[^1].Width;

    public string ToPlainText() => string.Concat(Segments.Select(s => s.Text));
}
