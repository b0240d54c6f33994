using NmnGraph.Terminal;
using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Tui.App;

/// <summary>
/// How the browser's state is drawn, as far as Update must know it: how many rows a page key moves, where the detail
/// text goes and how it wraps (its links are what the arrows move between). The screens implement it and the
/// composition root hands it to <see cref="BrowserProgram"/>, so the app never references the screens.
/// </summary>
public interface IBrowserScreen
{
    /// <summary>Draws <paramref name="state"/> into <paramref name="buffer"/> (blank, the size of the terminal).</summary>
    void Render(BrowserState state, Buffer buffer);

    /// <summary>The rows the list pane shows.</summary>
    int ListHeight(BrowserState state);

    /// <summary>The detail text's viewport, also while a single-pane screen shows the list.</summary>
    Rect DetailViewport(BrowserState state);

    /// <summary>What is drawn at column <paramref name="x"/>, row <paramref name="y"/> (for mouse clicks and the wheel).</summary>
    ScreenSpot HitTest(BrowserState state, int x, int y);

    /// <summary>The detail's text wrapped at <paramref name="width"/> columns, with its links.</summary>
    TextLayout LayoutDetail(EntityDetail detail, int width);
}
