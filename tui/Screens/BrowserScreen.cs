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

    public ScreenSpot HitTest(BrowserState state, int x, int y)
    {
        ArgumentNullException.ThrowIfNull(state);
        BrowserLayout layout = BrowserLayout.For(state);
        if (layout.Header.Contains(x, y))
        {
            IReadOnlyList<Rect> tabs = BrowserView.TabAreas(state);
            for (int i = 0; i < tabs.Count; i++)
            {
                if (tabs[i].Contains(x, y))
                {
                    return new ScreenSpot(ScreenSpotKind.Tab, i);
                }
            }

            return ScreenSpot.Nowhere;
        }

        Rect list = layout.ListInner;
        if (!layout.ListBox.IsEmpty && layout.ListBox.Contains(x, y))
        {
            ListPane pane = state.CurrentList;
            int row = pane.Selection.Offset + (y - list.Y);
            return list.Contains(x, y) && pane.Items is { } items && row >= 0 && row < items.Count
                ? new ScreenSpot(ScreenSpotKind.ListRow, row)
                : new ScreenSpot(ScreenSpotKind.List);
        }

        Rect detail = layout.DetailInner;
        if (layout.DetailBox.IsEmpty || !layout.DetailBox.Contains(x, y))
        {
            return ScreenSpot.Nowhere;
        }

        if (state.Current is { Detail: { } shown } page && detail.Contains(x, y))
        {
            int line = page.View.Scroll + (y - detail.Y);
            int column = x - detail.X;
            foreach (LinkPosition piece in LayoutDetail(shown, detail.Width).LinkPieces)
            {
                if (piece.Line == line && column >= piece.Column && column < piece.Column + piece.Width)
                {
                    return new ScreenSpot(ScreenSpotKind.DetailLink, piece.SpanIndex);
                }
            }
        }

        return new ScreenSpot(ScreenSpotKind.Detail);
    }
}
