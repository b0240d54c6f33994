namespace NmnGraph.Terminal.Widgets;

/// <summary>
/// A run of text in one style. A <see cref="Tag"/> marks the span as selectable (a cross-reference link, say);
/// <see cref="TextLayout"/> reports where tagged spans landed after wrapping.
/// </summary>
public sealed record Span(string Text, Style Style = default, string? Tag = null)
{
    public static implicit operator Span(string text) => new(text);

    public int Width => DisplayWidth.Of(Text);

    /// <summary>
    /// A URL the span links to: drawn as a hyperlink where the terminal supports them, and never broken across lines
    /// (a URL wider than the line is cut with …).
    /// </summary>
    public string? Link { get; init; }
}
