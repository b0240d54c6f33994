namespace NmnGraph.Terminal.Widgets;

/// <summary>A piece of one wrapped line: text from a single span, starting at <see cref="Column"/>.</summary>
public readonly record struct TextSegment(int Column, int Width, string Text, Style Style, int SpanIndex, string? Tag)
{
    /// <summary>The URL of the span (see <see cref="Span.Link"/>), or null.</summary>
    public string? Link { get; init; }
}
