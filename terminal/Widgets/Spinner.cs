namespace NmnGraph.Terminal.Widgets;

/// <summary>A loading indicator whose frame is advanced by ticks (the state is just the tick count).</summary>
public sealed record Spinner
{
    public static IReadOnlyList<string> BrailleFrames { get; } = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

    public static IReadOnlyList<string> AsciiFrames { get; } = ["|", "/", "-", "\\"];

    public IReadOnlyList<string> Frames { get; init; } = BrailleFrames;

    public Style Style { get; init; }

    /// <summary>The frame shown at tick <paramref name="tick"/>.</summary>
    public string Frame(int tick) => Frames[(int)((uint)tick % (uint)Frames.Count)];

    /// <summary>Draws the frame and an optional label at (x, y); returns the columns used.</summary>
    public int Render(Buffer buffer, int x, int y, int tick, string? label = null, int maxWidth = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        string text = string.IsNullOrEmpty(label) ? Frame(tick) : $"{Frame(tick)} {label}";
        return buffer.SetString(x, y, maxWidth == int.MaxValue ? text : DisplayWidth.TruncateWithEllipsis(text, maxWidth), Style, maxWidth);
    }
}
