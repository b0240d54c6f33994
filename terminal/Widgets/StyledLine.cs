namespace NmnGraph.Terminal.Widgets;

/// <summary>One line of styled spans (for list items, table cells and other single-line text).</summary>
public sealed record StyledLine(IReadOnlyList<Span> Spans)
{
    public StyledLine(params Span[] spans)
        : this((IReadOnlyList<Span>)spans)
    {
    }

    public static StyledLine Empty { get; } = new(Array.Empty<Span>());

    public int Width => Spans.Sum(s => s.Width);

    public static implicit operator StyledLine(string text) => new(new Span(text));

    public string ToPlainText() => string.Concat(Spans.Select(s => s.Text));

    /// <summary>
    /// Draws the line at (x, y) in at most <paramref name="maxWidth"/> columns; a line cut to fit ends with an ellipsis
    /// right after its last visible character. Returns the columns used.
    /// </summary>
    public int Render(Buffer buffer, int x, int y, int maxWidth, Terminal.Style baseStyle = default)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (maxWidth <= 0)
        {
            return 0;
        }

        bool cut = Width > maxWidth;
        int room = cut ? maxWidth - 1 : maxWidth;
        int used = 0;
        foreach (Span span in Spans)
        {
            if (used >= room)
            {
                break;
            }

            used += buffer.SetString(x + used, y, span.Text, baseStyle.Patch(span.Style), room - used);
        }

        if (!cut)
        {
            return used;
        }

        while (used > 0 && buffer[x + used - 1, y].Text == " ")
        {
            used--;
        }

        return used + buffer.SetString(x + used, y, "…", baseStyle, 1);
    }
}
