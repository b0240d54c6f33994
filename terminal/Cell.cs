namespace NmnGraph.Terminal;

/// <summary>
/// One screen cell: a grapheme cluster (base character plus any combining marks) and its style. A wide character
/// occupies its cell (<see cref="Width"/> 2) and the next one, which is a continuation (<see cref="Width"/> 0).
/// The default cell is a blank with the default style.
/// </summary>
public readonly record struct Cell
{
    private readonly string? _text;
    private readonly byte _widthPlusOne;

    public Cell(string text, Style style, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 2);
        _text = text;
        Style = style;
        _widthPlusOne = (byte)(width + 1);
    }

    public static Cell Blank => default;

    /// <summary>The grapheme shown in the cell; a blank is a space, a continuation is empty.</summary>
    public string Text => _text ?? " ";

    public Style Style { get; init; }

    /// <summary>The URL the cell links to (an OSC 8 hyperlink where the terminal supports them), or null.</summary>
    public string? Link { get; init; }

    /// <summary>Columns the grapheme takes: 1, 2 for wide characters, 0 for the continuation of a wide one.</summary>
    public int Width => _widthPlusOne == 0 ? 1 : _widthPlusOne - 1;

    public bool IsContinuation => Width == 0;

    public static Cell Continuation(Style style) => new(string.Empty, style, 0);

    /// <summary>Cells are equal when they look the same: a default cell equals an explicit blank space.</summary>
    public bool Equals(Cell other) =>
        Width == other.Width && Style == other.Style && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && string.Equals(Link, other.Link, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Text, Style, Width, Link);

    public static Cell Space(Style style) => new(" ", style, 1);
}
