using NmnGraph.Terminal;
using NmnGraph.Terminal.Widgets;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Screens;

/// <summary>
/// Where everything goes for a screen size: header (tabs), breadcrumb, the panes and the footer. Update uses it too,
/// to know how many rows a page key moves and how wide the detail text wraps.
/// </summary>
public sealed record BrowserLayout(Rect Header, Rect Breadcrumb, Rect ListBox, Rect DetailBox, Rect Footer, bool SinglePane)
{
    public Rect ListInner => Block.Inner(ListBox);

    public Rect DetailInner => Block.Inner(DetailBox);

    /// <summary>The detail text's viewport, also while a single-pane screen shows the list.</summary>
    public static Rect DetailViewport(BrowserState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return For(state with { Focus = PaneFocus.Detail }).DetailInner;
    }

    public static BrowserLayout For(BrowserState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var screen = new Rect(0, 0, Math.Max(0, state.Width), Math.Max(0, state.Height));
        Rect[] rows = Layout.Vertical(screen, Constraint.Fixed(1), Constraint.Fixed(1), Constraint.Fill(), Constraint.Fixed(1));
        Rect body = rows[2];
        if (state.SinglePane)
        {
            // One pane: the detail replaces the list while it has the focus.
            bool detail = state.Focus == PaneFocus.Detail && state.Current is not null;
            Rect none = body with { Width = 0 };
            return new BrowserLayout(rows[0], rows[1], detail ? none : body, detail ? body : none, rows[3], SinglePane: true);
        }

        int listWidth = Math.Clamp(body.Width * 2 / 5, 28, 60);
        Rect[] panes = Layout.Horizontal(body, Constraint.Fixed(listWidth), Constraint.Fill());
        return new BrowserLayout(rows[0], rows[1], panes[0], panes[1], rows[3], SinglePane: false);
    }
}
