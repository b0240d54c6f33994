namespace NmnGraph.Terminal.Widgets;

/// <summary>
/// The footer: key hints on the left (in priority order; those that do not fit are dropped and an ellipsis says
/// so) and an optional message on the right, which keeps at least half the row.
/// </summary>
public sealed record StatusBar
{
    public Style Style { get; init; }

    public Style KeyStyle { get; init; } = Style.Bold;

    public Style MessageStyle { get; init; }

    public string Separator { get; init; } = "  ";

    public void Render(Buffer buffer, Rect area, IReadOnlyList<KeyHint> hints, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(hints);
        area = area.Intersect(buffer.Area);
        if (area.IsEmpty)
        {
            return;
        }

        Rect row = area with { Height = 1 };
        buffer.Fill(row, Style);
        int messageWidth = 0;
        if (!string.IsNullOrEmpty(message))
        {
            string shown = DisplayWidth.TruncateWithEllipsis(message, Math.Max(area.Width / 2, area.Width - HintsWidth(hints) - 1));
            messageWidth = DisplayWidth.Of(shown);
            buffer.SetString(row.Right - messageWidth, row.Y, shown, Style.Patch(MessageStyle));
        }

        int limit = row.Right - (messageWidth > 0 ? messageWidth + 1 : 0);
        // Show as many hints as fit, keeping room for an ellipsis when some are left out.
        int available = limit - row.X;
        int shownCount = hints.Count;
        while (shownCount > 0 && HintsWidth(hints.Take(shownCount).ToList()) + (shownCount < hints.Count ? 2 : 0) > available)
        {
            shownCount--;
        }

        int x = row.X;
        for (int i = 0; i < shownCount; i++)
        {
            if (i > 0)
            {
                x += buffer.SetString(x, row.Y, Separator, Style, limit - x);
            }

            x += buffer.SetString(x, row.Y, hints[i].Keys, Style.Patch(KeyStyle), limit - x);
            x += buffer.SetString(x, row.Y, " " + hints[i].Description, Style, limit - x);
        }

        if (shownCount < hints.Count)
        {
            buffer.SetString(x, row.Y, shownCount > 0 ? " …" : "…", Style, limit - x);
        }
    }

    private static int HintWidth(KeyHint hint) => DisplayWidth.Of(hint.Keys) + 1 + DisplayWidth.Of(hint.Description);

    private int HintsWidth(IReadOnlyList<KeyHint> hints) =>
        hints.Sum(HintWidth) + (Math.Max(0, hints.Count - 1) * DisplayWidth.Of(Separator));
}
