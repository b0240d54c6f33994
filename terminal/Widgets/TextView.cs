namespace NmnGraph.Terminal.Widgets;

/// <summary>Draws a scrolled window of a <see cref="TextLayout"/>, highlighting tagged spans (links).</summary>
public sealed record TextView
{
    /// <summary>Laid over tagged spans.</summary>
    public Style LinkStyle { get; init; } = new(Color.Default, Color.Default, TextAttributes.Underline);

    /// <summary>Laid over the selected link.</summary>
    public Style SelectedLinkStyle { get; init; } = Style.Reverse;

    /// <summary>Base style under every span.</summary>
    public Style BaseStyle { get; init; }

    /// <summary>Draws the visible lines into <paramref name="area"/> and returns where visible links were drawn.</summary>
    public IReadOnlyList<LinkHit> Render(Buffer buffer, Rect area, TextLayout layout, TextViewState state)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(state);
        area = area.Intersect(buffer.Area);
        var hits = new List<LinkHit>();
        for (int row = 0; row < area.Height; row++)
        {
            int index = state.Scroll + row;
            if (index < 0 || index >= layout.Lines.Count)
            {
                continue;
            }

            foreach (TextSegment segment in layout.Lines[index].Segments)
            {
                if (segment.Column >= area.Width)
                {
                    break;
                }

                Style style = BaseStyle.Patch(segment.Style);
                if (segment.Tag is { } tag)
                {
                    style = style.Patch(segment.SpanIndex == state.SelectedLink ? SelectedLinkStyle : LinkStyle);
                }

                int written = buffer.SetString(area.X + segment.Column, area.Y + row, segment.Text, style, area.Width - segment.Column);
                if (segment.Link is { } url && written > 0)
                {
                    buffer.SetLink(new Rect(area.X + segment.Column, area.Y + row, written, 1), url);
                }
                if (segment.Tag is { } visibleTag && written > 0)
                {
                    hits.Add(new LinkHit(segment.SpanIndex, visibleTag, new Rect(area.X + segment.Column, area.Y + row, written, 1)));
                }
            }
        }

        return hits;
    }
}
