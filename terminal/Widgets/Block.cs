namespace NmnGraph.Terminal.Widgets;

/// <summary>A bordered box with an optional title in its top edge; widgets draw inside <see cref="Inner"/>.</summary>
public sealed record Block
{
    public string? Title { get; init; }

    public BorderKind Kind { get; init; } = BorderKind.Rounded;

    public Style BorderStyle { get; init; }

    public Style TitleStyle { get; init; } = Style.Bold;

    /// <summary>Fills the inside with blanks of this style first (overlays need it to hide what is under them).</summary>
    public Style? Background { get; init; }

    /// <summary>The area inside the border.</summary>
    public static Rect Inner(Rect area) => area.Inset(1);

    /// <summary>Draws the border (and title) around <paramref name="area"/> and returns the inner area.</summary>
    public Rect Render(Buffer buffer, Rect area)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        area = area.Intersect(buffer.Area);
        if (area.IsEmpty)
        {
            return area;
        }

        if (Background is { } background)
        {
            buffer.Fill(area, background);
        }

        (string h, string v, string tl, string tr, string bl, string br) = Kind switch
        {
            BorderKind.Plain => ("─", "│", "┌", "┐", "└", "┘"),
            BorderKind.Double => ("═", "║", "╔", "╗", "╚", "╝"),
            BorderKind.Thick => ("━", "┃", "┏", "┓", "┗", "┛"),
            BorderKind.Ascii => ("-", "|", "+", "+", "+", "+"),
            _ => ("─", "│", "╭", "╮", "╰", "╯"),
        };

        for (int x = area.X; x < area.Right; x++)
        {
            buffer.SetString(x, area.Y, h, BorderStyle);
            buffer.SetString(x, area.Bottom - 1, h, BorderStyle);
        }

        for (int y = area.Y; y < area.Bottom; y++)
        {
            buffer.SetString(area.X, y, v, BorderStyle);
            buffer.SetString(area.Right - 1, y, v, BorderStyle);
        }

        if (area.Width >= 2 && area.Height >= 2)
        {
            buffer.SetString(area.X, area.Y, tl, BorderStyle);
            buffer.SetString(area.Right - 1, area.Y, tr, BorderStyle);
            buffer.SetString(area.X, area.Bottom - 1, bl, BorderStyle);
            buffer.SetString(area.Right - 1, area.Bottom - 1, br, BorderStyle);
        }

        // "╭─ Title ─╮": a corner, a line, a space, the title, a space, then at least the other corner.
        if (!string.IsNullOrEmpty(Title) && area.Width > 5)
        {
            string title = DisplayWidth.TruncateWithEllipsis(Title, area.Width - 5);
            buffer.SetString(area.X + 2, area.Y, " ", BorderStyle);
            int written = buffer.SetString(area.X + 3, area.Y, title, TitleStyle, area.Width - 5);
            buffer.SetString(area.X + 3 + written, area.Y, " ", BorderStyle, 1);
        }

        return Inner(area);
    }
}
