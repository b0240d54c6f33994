using System.Globalization;
using System.Text;

namespace NmnGraph.Terminal;

/// <summary>
/// A grid of <see cref="Cell"/>s that views draw into; the <see cref="Renderer"/> turns the difference between two
/// buffers into ANSI. Coordinates are absolute; every write is clipped to the buffer (and to a maximum width).
/// </summary>
public sealed class Buffer
{
    private Cell[] _cells;

    public Buffer(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        Width = width;
        Height = height;
        _cells = new Cell[width * height];
    }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public Rect Area => new(0, 0, Width, Height);

    public Cell this[int x, int y]
    {
        get => _cells[Index(x, y)];
        set => Put(x, y, value);
    }

    /// <summary>Changes the size; the content is cleared.</summary>
    public void Resize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        Width = width;
        Height = height;
        _cells = new Cell[width * height];
    }

    public void Clear() => Array.Clear(_cells);

    public Buffer Clone()
    {
        var copy = new Buffer(Width, Height);
        _cells.CopyTo(copy._cells, 0);
        return copy;
    }

    /// <summary>Fills the part of <paramref name="area"/> inside the buffer with blanks of the given style.</summary>
    public void Fill(Rect area, Style style) => Fill(area, Cell.Space(style));

    /// <summary>Fills the part of <paramref name="area"/> inside the buffer with <paramref name="cell"/> (a narrow cell).</summary>
    public void Fill(Rect area, Cell cell)
    {
        Rect clipped = area.Intersect(Area);
        for (int y = clipped.Y; y < clipped.Bottom; y++)
        {
            for (int x = clipped.X; x < clipped.Right; x++)
            {
                Put(x, y, cell);
            }
        }
    }

    /// <summary>Lays <paramref name="style"/> over the cells of <paramref name="area"/>, keeping their text.</summary>
    public void PatchStyle(Rect area, Style style)
    {
        Rect clipped = area.Intersect(Area);
        for (int y = clipped.Y; y < clipped.Bottom; y++)
        {
            for (int x = clipped.X; x < clipped.Right; x++)
            {
                ref Cell cell = ref _cells[Index(x, y)];
                cell = cell with { Style = cell.Style.Patch(style) };
            }
        }
    }

    /// <summary>Replaces the style of the cells of <paramref name="area"/>, keeping their text.</summary>
    public void SetStyle(Rect area, Style style)
    {
        Rect clipped = area.Intersect(Area);
        for (int y = clipped.Y; y < clipped.Bottom; y++)
        {
            for (int x = clipped.X; x < clipped.Right; x++)
            {
                ref Cell cell = ref _cells[Index(x, y)];
                cell = cell with { Style = style };
            }
        }
    }

    /// <summary>Writes text on one row, clipped to the buffer.</summary>
    /// <returns>The number of columns written.</returns>
    public int SetString(int x, int y, string text, Style style) => SetString(x, y, text, style, int.MaxValue);

    /// <summary>Makes the cells of <paramref name="area"/> link to <paramref name="url"/> (null: to nothing).</summary>
    public void SetLink(Rect area, string? url)
    {
        area = area.Intersect(Area);
        for (int y = area.Y; y < area.Bottom; y++)
        {
            for (int x = area.X; x < area.Right; x++)
            {
                _cells[Index(x, y)] = _cells[Index(x, y)] with { Link = url };
            }
        }
    }

    /// <summary>
    /// Writes text on one row from column <paramref name="x"/>, using at most <paramref name="maxWidth"/> columns
    /// and never past the buffer's edge. A wide character that would not fit whole is not written. Combining marks
    /// join the previous character; control characters are dropped.
    /// </summary>
    /// <returns>The number of columns written.</returns>
    public int SetString(int x, int y, string text, Style style, int maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (y < 0 || y >= Height || maxWidth <= 0)
        {
            return 0;
        }

        long limitLong = Math.Min((long)x + maxWidth, Width);
        int limit = (int)limitLong;
        int column = x;
        int lastCellX = -1;
        int index = 0;
        while (index < text.Length && column < limit)
        {
            int length = StringInfo.GetNextTextElementLength(text, index);
            ReadOnlySpan<char> grapheme = text.AsSpan(index, length);
            index += length;
            int width = DisplayWidth.OfGrapheme(grapheme);
            if (width == 0)
            {
                // A mark on its own (or a control character): attach marks to the cell just written, drop the rest.
                if (lastCellX >= 0 && !IsControl(grapheme))
                {
                    Cell previous = _cells[Index(lastCellX, y)];
                    _cells[Index(lastCellX, y)] = new Cell(previous.Text + grapheme.ToString(), previous.Style, previous.Width);
                }

                continue;
            }

            if (column + width > limit)
            {
                break;
            }

            if (column >= 0)
            {
                string cellText = HasControl(grapheme) ? StripControls(grapheme) : grapheme.ToString();
                Put(column, y, new Cell(cellText, style, width));
                if (width == 2)
                {
                    Put(column + 1, y, Cell.Continuation(style));
                }

                lastCellX = column;
            }

            column += width;
        }

        return Math.Max(0, column - Math.Max(x, 0));
    }

    /// <summary>The rows as plain text, one string per row, each exactly <see cref="Width"/> columns wide.</summary>
    public IReadOnlyList<string> ToLines()
    {
        var lines = new string[Height];
        var builder = new StringBuilder();
        for (int y = 0; y < Height; y++)
        {
            builder.Clear();
            for (int x = 0; x < Width; x++)
            {
                Cell cell = _cells[Index(x, y)];
                if (!cell.IsContinuation)
                {
                    builder.Append(cell.Text);
                }
            }

            lines[y] = builder.ToString();
        }

        return lines;
    }

    /// <summary>The rows joined with <c>\n</c>.</summary>
    public string ToText() => string.Join('\n', ToLines());

    private void Put(int x, int y, Cell cell)
    {
        int index = Index(x, y);
        Cell old = _cells[index];

        // Never leave half of a wide character behind.
        if (old.IsContinuation && x > 0 && !cell.IsContinuation)
        {
            ref Cell lead = ref _cells[index - 1];
            if (lead.Width == 2)
            {
                lead = Cell.Space(lead.Style);
            }
        }

        if (old.Width == 2 && cell.Width != 2 && x + 1 < Width)
        {
            ref Cell tail = ref _cells[index + 1];
            if (tail.IsContinuation)
            {
                tail = Cell.Space(tail.Style);
            }
        }

        _cells[index] = cell;
    }

    private int Index(int x, int y)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height)
        {
            throw new ArgumentOutOfRangeException(nameof(x), $"({x}, {y}) is outside the {Width}×{Height} buffer.");
        }

        return (y * Width) + x;
    }

    private static bool IsControl(ReadOnlySpan<char> grapheme) =>
        Rune.DecodeFromUtf16(grapheme, out Rune rune, out _) == System.Buffers.OperationStatus.Done
        && Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control;

    private static bool HasControl(ReadOnlySpan<char> grapheme)
    {
        foreach (char c in grapheme)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripControls(ReadOnlySpan<char> grapheme)
    {
        var builder = new StringBuilder(grapheme.Length);
        foreach (char c in grapheme)
        {
            if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
