namespace NmnGraph.Terminal.Widgets;

/// <summary>One line of a <see cref="TextLayout"/>.</summary>
public sealed record TextLine(IReadOnlyList<TextSegment> Segments)
{
    public int Width => Segments.Count == 0 ? 0 : Segments[^1].Column + Segments[^1].Width;

    /// <summary>The line as text, with the spaces of a hanging indent.</summary>
    public string ToPlainText()
    {
        var text = new System.Text.StringBuilder();
        int column = 0;
        foreach (TextSegment segment in Segments)
        {
            text.Append(' ', Math.Max(0, segment.Column - column)).Append(segment.Text);
            column = segment.Column + segment.Width;
        }

        return text.ToString();
    }
}
