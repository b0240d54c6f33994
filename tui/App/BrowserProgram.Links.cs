using NmnGraph.Terminal;
using NmnGraph.Terminal.Input;
using NmnGraph.Terminal.Runtime;
using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Tui.App;

public sealed partial class BrowserProgram
{
    /// <summary>Two left clicks on the same spot within this many milliseconds are a double click.</summary>
    private const long DoubleClickMilliseconds = 500;

    /// <summary>Rows (list) or lines (detail) one turn of the wheel moves.</summary>
    private const int WheelStep = 3;

    /// <summary>The tag of the link selected in the detail pane while it has the focus, or null.</summary>
    private string? SelectedTag(BrowserState state)
    {
        if (state.Focus != PaneFocus.Detail || state.Current is not { Detail: { } detail } page)
        {
            return null;
        }

        return page.View.SelectedTag(_screen.LayoutDetail(detail, _screen.DetailViewport(state).Width));
    }

    /// <summary><c>y</c>: the selected link's URL, DOI or key; else the DOI, source URL or slug of the page or row in focus.</summary>
    private (BrowserState, Command<BrowserMsg>?) Copy(BrowserState state)
    {
        string? text = LinkTags.CopyText(SelectedTag(state)) ?? (state.Focus == PaneFocus.Detail && state.Current?.Detail is { } detail
            ? detail switch
            {
                EntityDetail.Study s => s.Data.Doi ?? s.Slug,
                EntityDetail.Article a => a.Data.SourceUrl ?? a.Slug,
                _ => detail.Slug,
            }
            : state.CurrentList.SelectedItem is { } item ? item.Doi ?? item.Target.Key : null);
        if (text is null)
        {
            return (state with { Notice = "Nothing to copy here." }, null);
        }

        return (state with { Status = $"Copied {text} (through the terminal: OSC 52)." }, Command<BrowserMsg>.Write(TerminalSequences.CopyToClipboard(text)));
    }

    /// <summary>The web address of what is shown: an article's source, a study's DOI or PubMed page; for a list row, a study's DOI.</summary>
    private static string? PageUrl(BrowserState state)
    {
        if (state.Focus == PaneFocus.List && state.CurrentList.SelectedItem is { } item)
        {
            return item.Doi is { } doi ? LinkTags.DoiUrl(doi) : state.Current?.Shows(item.Target) == true ? Url(state.Current.Detail) : null;
        }

        return Url(state.Current?.Detail);

        static string? Url(EntityDetail? detail) => detail switch
        {
            EntityDetail.Article a when a.Data.SourceUrl is { } source && LinkTags.IsWebUrl(source) => source,
            EntityDetail.Study { Data.Doi: { } doi } => LinkTags.DoiUrl(doi),
            EntityDetail.Study { Data.Pmid: { } pmid } => LinkTags.PubMedUrl(pmid),
            _ => null,
        };
    }

    /// <summary><c>o</c> (or Enter or a click on a web link): the URL in the web browser, or a word on why not.</summary>
    private (BrowserState, Command<BrowserMsg>?) OpenLink(BrowserState state, string? url)
    {
        if (url is null)
        {
            return (state with { Notice = "No web address here: o opens a source URL, a DOI or a PubMed link." }, null);
        }

        if (_commands.Opener is null)
        {
            return (state with { Notice = $"No program to open links here (xdg-open or open); y copies it: {url}" }, null);
        }

        return (state with { Status = "Opening " + url + "…" }, _commands.OpenUrl(url));
    }

    /// <summary>
    /// A click selects a tab or a row (a double click opens the row) or follows a link; the wheel scrolls the pane under
    /// the pointer.
    /// </summary>
    private (BrowserState, Command<BrowserMsg>?) OnMouse(BrowserState state, BrowserMsg.Mouse mouse)
    {
        MouseEvent e = mouse.Event;
        ScreenSpot spot = _screen.HitTest(state, e.X, e.Y);
        if (e.Action is MouseAction.WheelUp or MouseAction.WheelDown)
        {
            int step = e.Action == MouseAction.WheelDown ? WheelStep : -WheelStep;
            return spot.Kind switch
            {
                ScreenSpotKind.ListRow or ScreenSpotKind.List => SelectRow(state with { Focus = PaneFocus.List }, state.CurrentList.Selection.Selected + step),
                ScreenSpotKind.DetailLink or ScreenSpotKind.Detail => (ScrollDetail(state, step), null),
                _ => (state, null),
            };
        }

        bool twice = state.LastClick is { } last && last.Spot == spot && mouse.At - last.At <= DoubleClickMilliseconds;
        state = state with { LastClick = twice ? null : (spot, mouse.At) };
        switch (spot.Kind)
        {
            case ScreenSpotKind.Tab:
                return SwitchTab(state, (ListTab)spot.Index);
            case ScreenSpotKind.ListRow when twice:
                return state.CurrentList.Items is { } items ? Open(state, items[spot.Index].Target) : (state, null);
            case ScreenSpotKind.ListRow:
                return SelectRow(state with { Focus = PaneFocus.List }, spot.Index);
            case ScreenSpotKind.List:
                return (state with { Focus = PaneFocus.List }, null);
            case ScreenSpotKind.DetailLink when state.Current is { Detail: { } detail } page:
                Rect viewport = _screen.DetailViewport(state);
                TextLayout layout = _screen.LayoutDetail(detail, viewport.Width);
                state = state with { Focus = PaneFocus.Detail, Current = page with { View = page.View with { SelectedLink = spot.Index } } };
                string? tag = layout.TagOf(spot.Index);
                return EntityRef.FromTag(tag) is { } target ? Open(state, target) : OpenLink(state, LinkTags.OpenUrl(tag));
            case ScreenSpotKind.Detail when state.Current is not null:
                return (state with { Focus = PaneFocus.Detail }, null);
            default:
                return (state, null);
        }
    }

    /// <summary>Selects row <paramref name="index"/> of the loaded list (clamped), then previews it and loads more as needed.</summary>
    private (BrowserState, Command<BrowserMsg>?) SelectRow(BrowserState state, int index)
    {
        ListPane pane = state.CurrentList;
        if (pane.Items is not { Count: > 0 } items)
        {
            return (state, null);
        }

        ListState selection = new ListState(Math.Clamp(index, 0, items.Count - 1), pane.Selection.Offset).ScrollIntoView(items.Count, ListHeight(state));
        state = state.WithList(state.Tab, pane with { Selection = selection });
        Command<BrowserMsg>? preview = SchedulePreview(state, pane.SelectedItem?.Target);
        (state, Command<BrowserMsg>? prefetch) = Prefetch(state);
        return (state, Command<BrowserMsg>.Batch(prefetch, preview));
    }

    private BrowserState ScrollDetail(BrowserState state, int lines)
    {
        if (state.Current is not { Detail: { } detail } page)
        {
            return state;
        }

        Rect viewport = _screen.DetailViewport(state);
        TextViewState view = page.View.ScrollBy(lines, _screen.LayoutDetail(detail, viewport.Width), Math.Max(1, viewport.Height));
        return state with { Current = page with { View = view } };
    }
}
