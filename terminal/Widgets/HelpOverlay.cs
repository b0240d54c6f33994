namespace NmnGraph.Terminal.Widgets;

/// <summary>
/// A centred, bordered box listing key bindings over whatever is drawn below it. On a screen too small for all
/// of them it shows what fits and says how many are hidden.
/// </summary>
public sealed record HelpOverlay
{
    public string Title { get; init; } = "Keys";

    public Style KeyStyle { get; init; } = Style.Bold;

    public Style Style { get; init; }

    public Style BorderStyle { get; init; }

    /// <summary>Draws the box centred in <paramref name="area"/> and returns the box's rectangle.</summary>
    public Rect Render(Buffer buffer, Rect area, IReadOnlyList<KeyHint> bindings)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(bindings);
        area = area.Intersect(buffer.Area);
        int keyWidth = bindings.Count == 0 ? 0 : bindings.Max(b => DisplayWidth.Of(b.Keys));
        int descriptionWidth = bindings.Count == 0 ? 0 : bindings.Max(b => DisplayWidth.Of(b.Description));
        int contentWidth = Math.Max(DisplayWidth.Of(Title) + 4, keyWidth + 2 + descriptionWidth);
        Rect box = area.CenteredChild(contentWidth + 4, bindings.Count + 2);
        if (box.Width < 3 || box.Height < 3)
        {
            return box;
        }

        Rect inner = new Block { Title = Title, Kind = BorderKind.Rounded, BorderStyle = BorderStyle, Background = Style }.Render(buffer, box);
        inner = inner.Inset(1, 0, 1, 0);
        bool clipped = bindings.Count > inner.Height;
        int rows = clipped ? inner.Height - 1 : bindings.Count;
        for (int i = 0; i < rows; i++)
        {
            int y = inner.Y + i;
            int written = buffer.SetString(inner.X, y, bindings[i].Keys, Style.Patch(KeyStyle), Math.Min(keyWidth, inner.Width));
            int gap = keyWidth + 2 + descriptionWidth <= inner.Width ? 2 : 1;
            int descriptionX = inner.X + keyWidth + gap;
            if (descriptionX < inner.Right)
            {
                buffer.SetString(descriptionX, y, DisplayWidth.TruncateWithEllipsis(bindings[i].Description, inner.Right - descriptionX), Style);
            }
            else if (written < inner.Width)
            {
                buffer.SetString(inner.X + written, y, "…", Style, 1);
            }
        }

        if (clipped && inner.Height > 0)
        {
            buffer.SetString(inner.X, inner.Bottom - 1, $"… {bindings.Count - rows} more", Style.Add(TextAttributes.Dim), inner.Width);
        }

        return box;
    }
}
