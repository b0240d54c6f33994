using NmnGraph.Terminal.Input;

namespace NmnGraph.Terminal.Widgets;

/// <summary>
/// Selection and scroll offset of a list or table with <c>count</c> rows shown <c>height</c> at a time. All
/// operations are pure and keep the selection visible. <see cref="Selected"/> is -1 when the list is empty.
/// </summary>
public sealed record ListState(int Selected = 0, int Offset = 0)
{
    public static ListState Empty { get; } = new(-1, 0);

    /// <summary>Selects <paramref name="index"/> (clamped) and scrolls it into view.</summary>
    public ListState Select(int index, int count, int height)
    {
        if (count <= 0)
        {
            return Empty;
        }

        return new ListState(Math.Clamp(index, 0, count - 1), Offset).ScrollIntoView(count, height);
    }

    public ListState MoveBy(int delta, int count, int height) => Select(Math.Max(Selected, 0) + delta, count, height);

    public ListState Up(int count, int height) => MoveBy(-1, count, height);

    public ListState Down(int count, int height) => MoveBy(1, count, height);

    /// <summary>Moves a page down; the row at the bottom becomes the top, as in less and k9s.</summary>
    public ListState PageDown(int count, int height) => MoveBy(Math.Max(1, height - 1), count, height);

    public ListState PageUp(int count, int height) => MoveBy(-Math.Max(1, height - 1), count, height);

    public ListState Home(int count, int height) => Select(0, count, height);

    public ListState End(int count, int height) => Select(count - 1, count, height);

    /// <summary>Adjusts <see cref="Offset"/> so the selection is on screen and no space is wasted after the last row.</summary>
    public ListState ScrollIntoView(int count, int height)
    {
        if (count <= 0)
        {
            return Empty;
        }

        height = Math.Max(1, height);
        int selected = Math.Clamp(Selected, 0, count - 1);
        int offset = Math.Clamp(Offset, 0, Math.Max(0, count - height));
        if (selected < offset)
        {
            offset = selected;
        }
        else if (selected >= offset + height)
        {
            offset = selected - height + 1;
        }

        return selected == Selected && offset == Offset ? this : new ListState(selected, offset);
    }

    /// <summary>Navigation keys: arrows and j/k, PageUp/PageDown, Home/End and g/G.</summary>
    public (ListState State, bool Handled) Handle(KeyEvent key, int count, int height)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Key is Key.Up || key.IsChar('k'))
        {
            return (Up(count, height), true);
        }

        if (key.Key is Key.Down || key.IsChar('j'))
        {
            return (Down(count, height), true);
        }

        if (key.Key is Key.PageUp || key.IsCtrl('b'))
        {
            return (PageUp(count, height), true);
        }

        if (key.Key is Key.PageDown || key.IsCtrl('f'))
        {
            return (PageDown(count, height), true);
        }

        if (key.Key is Key.Home || key.IsChar('g'))
        {
            return (Home(count, height), true);
        }

        if (key.Key is Key.End || key.IsChar('G'))
        {
            return (End(count, height), true);
        }

        return (this, false);
    }
}
