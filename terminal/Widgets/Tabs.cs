namespace NmnGraph.Terminal.Widgets;

/// <summary>A row of tab titles with the selected one highlighted; scrolls so the selected tab is always shown.</summary>
public sealed record Tabs
{
    public Style Style { get; init; }

    public Style SelectedStyle { get; init; } = new(Color.Default, Color.Default, TextAttributes.Bold | TextAttributes.Reverse);

    public string Divider { get; init; } = "│";

    /// <summary>Draws the tabs and returns where each tab was drawn (an empty rect for tabs scrolled out of view).</summary>
    public IReadOnlyList<Rect> Render(Buffer buffer, Rect area, IReadOnlyList<string> titles, int selected)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(titles);
        area = area.Intersect(buffer.Area);
        var positions = new Rect[titles.Count];
        if (area.IsEmpty || titles.Count == 0)
        {
            return positions;
        }

        buffer.Fill(area with { Height = 1 }, Style);
        string[] labels = [.. titles.Select(t => $" {t} ")];
        int dividerWidth = DisplayWidth.Of(Divider);

        // Start from the first tab that still lets the selected tab fit.
        int first = 0;
        int sel = Math.Clamp(selected, 0, titles.Count - 1);
        while (first < sel && WidthFrom(labels, first, sel, dividerWidth) > area.Width)
        {
            first++;
        }

        int x = area.X;
        for (int i = first; i < labels.Length && x < area.Right; i++)
        {
            if (i > first)
            {
                x += buffer.SetString(x, area.Y, Divider, Style, area.Right - x);
            }

            int written = buffer.SetString(x, area.Y, labels[i], i == sel ? Style.Patch(SelectedStyle) : Style, area.Right - x);
            positions[i] = new Rect(x, area.Y, written, 1);
            x += written;
        }

        return positions;
    }

    private static int WidthFrom(string[] labels, int first, int last, int dividerWidth)
    {
        int width = 0;
        for (int i = first; i <= last; i++)
        {
            width += DisplayWidth.Of(labels[i]) + (i > first ? dividerWidth : 0);
        }

        return width;
    }
}
