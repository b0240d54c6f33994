namespace NmnGraph.Terminal;

/// <summary>A rectangle of cells; <see cref="Right"/> and <see cref="Bottom"/> are exclusive.</summary>
public readonly record struct Rect(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    public bool IsEmpty => Width <= 0 || Height <= 0;

    public int Area => IsEmpty ? 0 : Width * Height;

    public bool Contains(int x, int y) => x >= X && x < Right && y >= Y && y < Bottom;

    public Rect Intersect(Rect other)
    {
        int x = Math.Max(X, other.X), y = Math.Max(Y, other.Y);
        int right = Math.Min(Right, other.Right), bottom = Math.Min(Bottom, other.Bottom);
        return new Rect(x, y, Math.Max(0, right - x), Math.Max(0, bottom - y));
    }

    /// <summary>Shrinks the rectangle by the given margins (never below zero size).</summary>
    public Rect Inset(int left, int top, int right, int bottom) =>
        new(X + left, Y + top, Math.Max(0, Width - left - right), Math.Max(0, Height - top - bottom));

    public Rect Inset(int margin) => Inset(margin, margin, margin, margin);

    /// <summary>The one-row rectangle at row <paramref name="index"/> (relative to <see cref="Y"/>).</summary>
    public Rect Row(int index) => new(X, Y + index, Width, index >= 0 && index < Height ? 1 : 0);

    /// <summary>A rectangle of the given size centred in this one, clipped to it.</summary>
    public Rect CenteredChild(int width, int height)
    {
        int w = Math.Min(width, Width), h = Math.Min(height, Height);
        return new Rect(X + ((Width - w) / 2), Y + ((Height - h) / 2), Math.Max(0, w), Math.Max(0, h));
    }
}
