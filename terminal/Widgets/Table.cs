namespace NmnGraph.Terminal.Widgets;

/// <summary>
/// Rows of cells under a header, with column widths from <see cref="Constraint"/>s, a highlighted selection and
/// scrolling (a <see cref="ListState"/> whose height is the area minus the header). Cell text that does not fit
/// ends with an ellipsis.
/// </summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns)
{
    public Style HeaderStyle { get; init; } = Style.Bold;

    public Style Style { get; init; }

    public Style SelectedStyle { get; init; } = Style.Reverse;

    public int ColumnSpacing { get; init; } = 1;

    /// <summary>Rows available for data in an area of the given height (one goes to the header).</summary>
    public static int BodyHeight(int areaHeight) => Math.Max(0, areaHeight - 1);

    /// <summary>Draws header and visible rows; returns the state scrolled so the selection is visible.</summary>
    public ListState Render(Buffer buffer, Rect area, IReadOnlyList<IReadOnlyList<StyledLine>> rows, ListState state)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(state);
        area = area.Intersect(buffer.Area);
        if (area.IsEmpty)
        {
            return state;
        }

        Rect[] cells = Layout.Horizontal(area with { Height = 1 }, ColumnSpacing, [.. Columns.Select(c => c.Width)]);
        for (int c = 0; c < Columns.Count; c++)
        {
            DrawCell(buffer, cells[c], new StyledLine(new Span(Columns[c].Header)), Columns[c].Alignment, HeaderStyle);
        }

        int height = BodyHeight(area.Height);
        state = state.ScrollIntoView(rows.Count, Math.Max(1, height));
        for (int row = 0; row < height; row++)
        {
            int index = state.Offset + row;
            if (index >= rows.Count)
            {
                break;
            }

            int y = area.Y + 1 + row;
            Style rowStyle = index == state.Selected ? Style.Patch(SelectedStyle) : Style;
            buffer.Fill(new Rect(area.X, y, area.Width, 1), rowStyle);
            IReadOnlyList<StyledLine> values = rows[index];
            for (int c = 0; c < Columns.Count && c < values.Count; c++)
            {
                DrawCell(buffer, cells[c] with { Y = y }, values[c], Columns[c].Alignment, rowStyle);
            }
        }

        return state;
    }

    private static void DrawCell(Buffer buffer, Rect cell, StyledLine value, Alignment alignment, Style baseStyle)
    {
        if (cell.Width <= 0)
        {
            return;
        }

        int width = value.Width;
        if (width > cell.Width)
        {
            value.Render(buffer, cell.X, cell.Y, cell.Width, baseStyle); // cut, ending with an ellipsis
            return;
        }

        int x = alignment switch
        {
            Alignment.Right => cell.Right - width,
            Alignment.Center => cell.X + ((cell.Width - width) / 2),
            _ => cell.X,
        };
        value.Render(buffer, x, cell.Y, cell.Right - x, baseStyle);
    }
}
