namespace NmnGraph.Terminal.Widgets;

/// <summary>A vertical list of styled lines with a highlighted selection.</summary>
public sealed record ListView
{
    public Style Style { get; init; }

    /// <summary>Laid over the selected row across the full width.</summary>
    public Style SelectedStyle { get; init; } = Style.Reverse;

    /// <summary>Drawn before the selected row (and as blanks before the others); empty for none.</summary>
    public string SelectionMarker { get; init; } = "▸ ";

    /// <summary>
    /// Draws the rows that fit and returns the state with its offset adjusted so the selection is visible; keep the
    /// returned state if the view scrolled.
    /// </summary>
    public ListState Render(Buffer buffer, Rect area, IReadOnlyList<StyledLine> items, ListState state)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(state);
        area = area.Intersect(buffer.Area);
        if (area.IsEmpty)
        {
            return state;
        }

        state = state.ScrollIntoView(items.Count, area.Height);
        int markerWidth = DisplayWidth.Of(SelectionMarker);
        for (int row = 0; row < area.Height; row++)
        {
            int index = state.Offset + row;
            if (index >= items.Count)
            {
                break;
            }

            bool selected = index == state.Selected;
            Style rowStyle = selected ? Style.Patch(SelectedStyle) : Style;
            int y = area.Y + row;
            buffer.Fill(new Rect(area.X, y, area.Width, 1), rowStyle);
            int x = area.X;
            if (markerWidth > 0)
            {
                x += buffer.SetString(x, y, selected ? SelectionMarker : new string(' ', markerWidth), rowStyle, area.Width);
            }

            items[index].Render(buffer, x, y, area.Right - x, rowStyle);
        }

        return state;
    }
}
