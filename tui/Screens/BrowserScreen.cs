using NmnGraph.Terminal;
using NmnGraph.Terminal.Widgets;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Screens;

/// <summary>
/// The browser's screens as <see cref="BrowserProgram"/> sees them: one per program, with its layout cache, for a
/// terminal showing <paramref name="colors"/> (without colours, the text spells out what colours would show).
/// </summary>
public sealed class BrowserScreen(ColorSupport colors) : IBrowserScreen
{
    private readonly DetailLayoutCache _details = new(monochrome: colors == ColorSupport.None);

    public void Render(BrowserState state, Buffer buffer) => BrowserView.Render(state, buffer, _details);

    public int ListHeight(BrowserState state) => Math.Max(1, BrowserLayout.For(state).ListInner.Height);

    public Rect DetailViewport(BrowserState state) => BrowserLayout.DetailViewport(state);

    public TextLayout LayoutDetail(EntityDetail detail, int width) => _details.Get(detail, width);
}
