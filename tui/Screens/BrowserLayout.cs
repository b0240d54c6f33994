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

    /// <summary>What the footer says (an error before a status), or null.</summary>
    public static string? FooterMessage(BrowserState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Mode is InputMode.Browse ? state.Notice ?? state.ConnectionError ?? state.Status : null;
    }

    /// <summary>
    /// The rows a footer message takes above the keys when it does not fit beside them (half the row): it wraps
    /// rather than being cut, up to a quarter of the screen.
    /// </summary>
    public static int MessageRows(BrowserState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (FooterMessage(state) is not { } message || state.Width <= 0 || DisplayWidth.Of(message) <= state.Width / 2)
        {
            return 0;
        }

        int rows = TextLayout.Wrap(StyledText.Plain(message), state.Width).Lines.Count;
        return Math.Clamp(rows, 0, Math.Max(0, (state.Height / 4) - 1));
    }

    public static BrowserLayout For(BrowserState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var screen = new Rect(0, 0, Math.Max(0, state.Width), Math.Max(0, state.Height));
        Rect[] rows = Layout.Vertical(screen, Constraint.Fixed(1), Constraint.Fixed(1), Constraint.Fill(), Constraint.Fixed(1 + MessageRows(state)));
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
