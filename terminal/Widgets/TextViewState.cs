using NmnGraph.Terminal.Input;

namespace NmnGraph.Terminal.Widgets;

/// <summary>
/// Scroll position and selected link of a <see cref="TextView"/>. All operations are pure: they take the wrapped
/// text and the viewport height and return a new state. <see cref="SelectedLink"/> is a span index (-1: none).
/// </summary>
public sealed record TextViewState(int Scroll = 0, int SelectedLink = -1)
{
    public static int MaxScroll(TextLayout layout, int height)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Math.Max(0, layout.Lines.Count - Math.Max(1, height));
    }

    public TextViewState ScrollBy(int delta, TextLayout layout, int height) =>
        this with { Scroll = Math.Clamp(Scroll + delta, 0, MaxScroll(layout, height)) };

    public TextViewState ScrollTo(int line, TextLayout layout, int height) =>
        this with { Scroll = Math.Clamp(line, 0, MaxScroll(layout, height)) };

    public TextViewState PageDown(TextLayout layout, int height) => ScrollBy(Math.Max(1, height - 1), layout, height);

    public TextViewState PageUp(TextLayout layout, int height) => ScrollBy(-Math.Max(1, height - 1), layout, height);

    public TextViewState Top() => this with { Scroll = 0 };

    public TextViewState Bottom(TextLayout layout, int height) => this with { Scroll = MaxScroll(layout, height) };

    /// <summary>Keeps the scroll inside the text (after a resize rewrapped it, say).</summary>
    public TextViewState Clamp(TextLayout layout, int height) => ScrollBy(0, layout, height);

    /// <summary>The tag of the selected link, or null.</summary>
    public string? SelectedTag(TextLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return SelectedLink < 0 ? null : layout.TagOf(SelectedLink);
    }

    /// <summary>
    /// Selects the next link: the one after the selected link when that is on screen, otherwise the first link
    /// on screen or below; scrolls so it is visible. Stays put at the last link.
    /// </summary>
    public TextViewState NextLink(TextLayout layout, int height)
    {
        ArgumentNullException.ThrowIfNull(layout);
        IReadOnlyList<int> links = layout.Links;
        int current = IndexOf(links, SelectedLink);
        int candidate = -1;
        if (current >= 0 && IsVisible(layout.FirstLineOf(SelectedLink), height))
        {
            candidate = Math.Min(current + 1, links.Count - 1);
        }
        else
        {
            for (int i = 0; i < links.Count && candidate < 0; i++)
            {
                if (layout.FirstLineOf(links[i]) >= Scroll)
                {
                    candidate = i;
                }
            }
        }

        return candidate < 0 ? this : Reveal(links[candidate], layout, height);
    }

    /// <summary>Selects the previous link (or the last one on screen or above); scrolls so it is visible.</summary>
    public TextViewState PreviousLink(TextLayout layout, int height)
    {
        ArgumentNullException.ThrowIfNull(layout);
        IReadOnlyList<int> links = layout.Links;
        int current = IndexOf(links, SelectedLink);
        int candidate = -1;
        if (current >= 0 && IsVisible(layout.FirstLineOf(SelectedLink), height))
        {
            candidate = Math.Max(current - 1, 0);
        }
        else
        {
            for (int i = links.Count - 1; i >= 0 && candidate < 0; i--)
            {
                if (layout.FirstLineOf(links[i]) < Scroll + height)
                {
                    candidate = i;
                }
            }
        }

        return candidate < 0 ? this : Reveal(links[candidate], layout, height);
    }

    /// <summary>Selects the link with span index <paramref name="spanIndex"/> and scrolls it into view.</summary>
    public TextViewState Reveal(int spanIndex, TextLayout layout, int height)
    {
        ArgumentNullException.ThrowIfNull(layout);
        int line = layout.FirstLineOf(spanIndex);
        if (line < 0)
        {
            return this;
        }

        int scroll = Scroll;
        if (line < scroll)
        {
            scroll = line;
        }
        else if (line >= scroll + height)
        {
            scroll = line - height + 1;
        }

        return new TextViewState(Math.Clamp(scroll, 0, MaxScroll(layout, height)), spanIndex);
    }

    /// <summary>Scrolling keys: arrows and j/k, PageUp/PageDown and space, Home/End and g/G.</summary>
    public (TextViewState State, bool Handled) Handle(KeyEvent key, TextLayout layout, int height)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Key is Key.Up || key.IsChar('k'))
        {
            return (ScrollBy(-1, layout, height), true);
        }

        if (key.Key is Key.Down || key.IsChar('j'))
        {
            return (ScrollBy(1, layout, height), true);
        }

        if (key.Key is Key.PageDown || key.IsChar(' '))
        {
            return (PageDown(layout, height), true);
        }

        if (key.Key is Key.PageUp)
        {
            return (PageUp(layout, height), true);
        }

        if (key.Key is Key.Home || key.IsChar('g'))
        {
            return (Top(), true);
        }

        if (key.Key is Key.End || key.IsChar('G'))
        {
            return (Bottom(layout, height), true);
        }

        return (this, false);
    }

    private bool IsVisible(int line, int height) => line >= Scroll && line < Scroll + height;

    private static int IndexOf(IReadOnlyList<int> links, int spanIndex)
    {
        for (int i = 0; i < links.Count; i++)
        {
            if (links[i] == spanIndex)
            {
                return i;
            }
        }

        return -1;
    }
}
