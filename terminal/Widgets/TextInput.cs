namespace NmnGraph.Terminal.Widgets;

/// <summary>
/// Draws a <see cref="TextInputState"/> on one row with a prompt, scrolling horizontally so the cursor (drawn as a
/// reversed cell) stays visible.
/// </summary>
public sealed record TextInput
{
    public string Prompt { get; init; } = string.Empty;

    public Style PromptStyle { get; init; } = Style.Bold;

    public Style Style { get; init; }

    public Style CursorStyle { get; init; } = Style.Reverse;

    /// <summary>Shown dimmed while the text is empty.</summary>
    public string? Placeholder { get; init; }

    public bool Focused { get; init; } = true;

    public void Render(Buffer buffer, Rect area, TextInputState state)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(state);
        area = area.Intersect(buffer.Area);
        if (area.IsEmpty)
        {
            return;
        }

        int y = area.Y;
        buffer.Fill(new Rect(area.X, y, area.Width, 1), Style);
        int x = area.X + buffer.SetString(area.X, y, Prompt, PromptStyle, area.Width);
        int width = area.Right - x;
        if (width <= 0)
        {
            return;
        }

        if (state.Text.Length == 0 && Placeholder is { } placeholder)
        {
            buffer.SetString(x, y, placeholder, Style.Add(TextAttributes.Dim), width);
        }

        // Keep one column for the cursor at the end of the text.
        int cursorColumn = DisplayWidth.Of(state.Text[..state.Cursor]);
        int scroll = Math.Max(0, cursorColumn - (width - 1));
        string visible = SkipColumns(state.Text, scroll, out int skippedExtra);
        if (state.Text.Length > 0)
        {
            buffer.SetString(x + skippedExtra, y, visible, Style, width - skippedExtra);
        }

        if (Focused)
        {
            int cursorX = x + cursorColumn - scroll;
            if (cursorX >= x && cursorX < area.Right)
            {
                Cell under = buffer[cursorX, y];
                if (under.IsContinuation)
                {
                    under = Cell.Space(under.Style);
                }

                buffer[cursorX, y] = new Cell(under.Text, under.Style.Patch(CursorStyle), under.Width);
            }
        }
    }

    // Drops the first `columns` columns; a wide character cut in half leaves a blank column (extra = 1).
    private static string SkipColumns(string text, int columns, out int extra)
    {
        extra = 0;
        if (columns <= 0)
        {
            return text;
        }

        int index = 0, skipped = 0;
        while (index < text.Length && skipped < columns)
        {
            int length = System.Globalization.StringInfo.GetNextTextElementLength(text, index);
            skipped += DisplayWidth.OfGrapheme(text.AsSpan(index, length));
            index += length;
        }

        extra = skipped - columns;
        return text[index..];
    }
}
