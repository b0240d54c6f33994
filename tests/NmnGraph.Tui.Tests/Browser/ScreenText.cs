namespace NmnGraph.Tui.Tests.Browser;

/// <summary>What the terminal shows, as plain full-width lines, with assertions that print the screen on failure.</summary>
internal sealed class ScreenText(Buffer buffer)
{
    public IReadOnlyList<string> Lines { get; } = buffer.ToLines();

    public bool Contains(string text) => Lines.Any(l => l.Contains(text, StringComparison.Ordinal));

    public ScreenText AssertContains(string text)
    {
        Assert.True(Contains(text), $"The screen does not show \"{text}\":\n{this}");
        return this;
    }

    public ScreenText AssertNotContains(string text)
    {
        Assert.False(Contains(text), $"The screen shows \"{text}\":\n{this}");
        return this;
    }

    /// <summary>The row showing <paramref name="text"/>, or -1.</summary>
    public int RowOf(string text)
    {
        for (int i = 0; i < Lines.Count; i++)
        {
            if (Lines[i].Contains(text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString() => string.Join('\n', Lines.Select(l => "|" + l + "|"));
}
