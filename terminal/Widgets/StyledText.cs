namespace NmnGraph.Terminal.Widgets;

/// <summary>
/// Multi-line styled text: a sequence of <see cref="Span"/>s in which <c>\n</c> is a hard line break. Build it with
/// <see cref="Append(string, Style, string?)"/> and <see cref="AppendLine"/>; wrap it with <see cref="TextLayout.Wrap"/>.
/// </summary>
public sealed class StyledText
{
    private readonly List<Span> _spans = [];

    public StyledText()
    {
    }

    public StyledText(IEnumerable<Span> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        _spans.AddRange(spans);
    }

    public IReadOnlyList<Span> Spans => _spans;

    public static StyledText Plain(string text) => new StyledText().Append(text);

    public StyledText Append(string text, Style style = default, string? tag = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        _spans.Add(new Span(text, style, tag));
        return this;
    }

    public StyledText Append(Span span)
    {
        ArgumentNullException.ThrowIfNull(span);
        _spans.Add(span);
        return this;
    }

    /// <summary>Appends text (if any) and a hard line break.</summary>
    public StyledText AppendLine(string text = "", Style style = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        _spans.Add(new Span(text + "\n", style));
        return this;
    }

    public string ToPlainText() => string.Concat(_spans.Select(s => s.Text));
}
