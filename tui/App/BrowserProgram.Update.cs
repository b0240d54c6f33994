using System.Collections.Immutable;
using NmnGraph.Terminal;
using NmnGraph.Terminal.Input;
using NmnGraph.Terminal.Runtime;
using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Tui.App;

public sealed partial class BrowserProgram
{
    /// <summary>The next state for a message, and the command to run (pure: all I/O is in the command).</summary>
    public (BrowserState State, Command<BrowserMsg>? Command) Update(BrowserState state, BrowserMsg message)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(message);
        return message switch
        {
            BrowserMsg.KeyPressed key => OnKey(state with { Notice = null, Status = null }, key.Key),
            BrowserMsg.Pasted paste => state.Mode is InputMode.Search or InputMode.Command
                ? (state with { Input = state.Input.Insert(paste.Text) }, null)
                : (state, null),
            BrowserMsg.Resized resize => (Clamp(state with { Width = Math.Max(0, resize.Width), Height = Math.Max(0, resize.Height) }), null),
            BrowserMsg.Tick => (state with { Tick = state.Tick + 1 }, null),
            BrowserMsg.Connected connected => OnConnected(state, connected.Description),
            BrowserMsg.ConnectFailed failed => (state with
            {
                Connection = ConnectionState.Failed,
                ConnectionError = "Could not start the server: " + failed.Error,
                Lists = state.Lists.ToImmutableDictionary(p => p.Key, p => p.Value.Loading ? p.Value with { Loading = false, Error = failed.Error } : p.Value),
                Current = state.Current is { Loading: true } page ? page with { Loading = false, Error = failed.Error } : state.Current,
            }, null),
            BrowserMsg.ListLoaded loaded => OnListLoaded(state, loaded),
            BrowserMsg.DetailLoaded loaded => OnDetailLoaded(state, loaded),
            BrowserMsg.PreviewDue due => OnPreviewDue(state, due.Target),
            BrowserMsg.Mouse mouse => state.Mode == InputMode.Browse ? OnMouse(state with { Notice = null, Status = null }, mouse) : (state, null),
            BrowserMsg.UrlOpened opened => (opened.Opened
                ? state with { Status = $"Opened {opened.Url} with {Path.GetFileName(_commands.Opener)}." }
                : state with { Notice = $"Could not open {opened.Url}; y copies it." }, null),
            BrowserMsg.Failed failed => (state with { Notice = failed.Error }, null),
            BrowserMsg.CorpusChanged changed => Listen(Refresh(state with { DataVersion = state.DataVersion + 1 },
                $"Data changed on the server at {changed.At.ToLocalTime():HH:mm:ss} ({changed.Kind.ToLowerInvariant()}); refreshed.")),
            BrowserMsg.LiveLost lost => Listen((state with { Status = "Live updates lost (" + lost.Error + "); reconnecting…" }, null)),
            BrowserMsg.LiveRestored => Listen(Refresh(state with { DataVersion = state.DataVersion + 1 }, "Live updates are back; refreshed.")),
            _ => (state, null),
        };
    }

    /// <summary>Keeps waiting for the corpus's next change after handling one.</summary>
    private (BrowserState, Command<BrowserMsg>?) Listen((BrowserState State, Command<BrowserMsg>? Command) next) =>
        (next.State with { Listening = true }, Command<BrowserMsg>.Batch(next.Command, _commands.ListenForChanges()));

    private (BrowserState, Command<BrowserMsg>?) OnConnected(BrowserState state, string description)
    {
        Command<BrowserMsg>? listen = state.Listening ? null : _commands.ListenForChanges();
        state = state with { Connection = ConnectionState.Connected, ServerDescription = description, ConnectionError = null, Listening = true };
        Command<BrowserMsg>? list = null;
        ListPane pane = state.CurrentList;
        if (state.Tab != ListTab.Search || state.SearchText is not null)
        {
            state = state.WithList(state.Tab, pane with { Loading = true, Error = null });
            list = LoadList(state, state.Tab);
        }

        Command<BrowserMsg>? detail = null;
        if (state.Current is { Detail: null } page)
        {
            state = state with { Current = page with { Loading = true, Error = null } };
            detail = _commands.LoadDetail(page.Target);
        }

        return (state, Command<BrowserMsg>.Batch(list, detail, listen));
    }

    private (BrowserState, Command<BrowserMsg>?) OnListLoaded(BrowserState state, BrowserMsg.ListLoaded loaded)
    {
        if (loaded.Shape != state.ShapeOf(loaded.Tab))
        {
            return (state, null); // read before the order or filter changed; the load for the new one is under way
        }

        ListPane pane = state.ListOf(loaded.Tab) with { Fetching = null, Loading = false };
        if (loaded.Items is not { } page)
        {
            // A failed page keeps the rows already shown; only an empty pane shows the error.
            pane = pane.Items is null ? pane with { Error = loaded.Error } : pane;
            state = loaded.Unreachable ? Unreachable(state, loaded.Error) : pane.Items is null ? state : state with { Notice = loaded.Error };
            return (state.WithList(loaded.Tab, pane), null);
        }

        state = state with { Connection = ConnectionState.Connected, ConnectionError = null };
        IReadOnlyList<ListItem> old = pane.Items ?? [];
        int height = ListHeight(state);
        ListItem? selected = pane.SelectedItem;
        (IReadOnlyList<ListItem> items, int start, ListState selection) = loaded.Fetch switch
        {
            ListFetch.Next => ([.. old, .. page], pane.Start, pane.Selection),
            ListFetch.Previous => ([.. page, .. old], loaded.HasPrevious ? Math.Max(0, pane.Start - page.Count) : 0,
                new ListState(pane.Selection.Selected + page.Count, pane.Selection.Offset + page.Count)),
            ListFetch.Last => (page, Math.Max(0, (loaded.TotalCount ?? page.Count) - page.Count), new ListState(page.Count - 1, 0)),
            ListFetch.Refresh => Refreshed(pane, page, loaded.HasPrevious),
            _ => (page, 0, pane.Items is null ? new ListState(Math.Max(0, pane.Selection.Selected), 0) : new ListState(0, 0)),
        };

        // A refresh keeps the selected row selected wherever it moved.
        if (loaded.Fetch == ListFetch.Refresh && selected is not null)
        {
            int index = IndexOf(items, selected.Target);
            if (index >= 0)
            {
                selection = selection with { Selected = index };
            }
        }

        bool hasNext = loaded.Fetch is ListFetch.Previous ? pane.HasNext : loaded.HasNext;
        bool hasPrevious = loaded.Fetch is ListFetch.Next or ListFetch.Refresh && start > 0 ? pane.HasPrevious || start > 0 : loaded.HasPrevious;
        pane = pane with
        {
            Items = items,
            Start = start,
            HasNext = hasNext,
            HasPrevious = hasPrevious,
            TotalCount = loaded.TotalCount,
            Error = null,
            Selection = items.Count == 0 ? ListState.Empty : (selection.Selected < 0 ? selection with { Selected = 0 } : selection).ScrollIntoView(items.Count, height),
        };
        state = state.WithList(loaded.Tab, pane);
        if (pane.Stale)
        {
            return RefreshList(state with { Lists = state.Lists.SetItem(loaded.Tab, pane with { Stale = false }) }, loaded.Tab);
        }

        return loaded.Tab == state.Tab ? Prefetch(state) : (state, null);
    }

    /// <summary>The rows above the screen stay; the page read after them replaces the rest.</summary>
    private static (IReadOnlyList<ListItem>, int, ListState) Refreshed(ListPane pane, IReadOnlyList<ListItem> page, bool hasPrevious)
    {
        int keep = BrowserCommands.RefreshAnchor(pane);
        IReadOnlyList<ListItem> old = pane.Items ?? [];
        int start = keep == 0 && !hasPrevious ? 0 : pane.Start;
        return ([.. old.Take(keep), .. page], start, pane.Selection);
    }

    private static int IndexOf(IReadOnlyList<ListItem> items, EntityRef target)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Target == target)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Loads the next (or previous) page when the selection comes within a screen of the end (or start) of what is loaded.</summary>
    private (BrowserState, Command<BrowserMsg>?) Prefetch(BrowserState state)
    {
        ListPane pane = state.CurrentList;
        if (pane.Items is not { Count: > 0 } items || pane.Fetching is not null || pane.Loading)
        {
            return (state, null);
        }

        int margin = ListHeight(state) + 10;
        ListFetch? fetch = pane.HasNext && pane.Selection.Selected >= items.Count - margin ? ListFetch.Next
            : pane.HasPrevious && pane.Selection.Selected < margin ? ListFetch.Previous
            : null;
        if (fetch is not { } wanted)
        {
            return (state, null);
        }

        return (state.WithList(state.Tab, pane with { Fetching = wanted }), FetchCommand(state, wanted));
    }

    private Command<BrowserMsg> FetchCommand(BrowserState state, ListFetch fetch) =>
        LoadList(state, state.Tab, fetch, state.CurrentList);

    /// <summary>Loads (part of) a tab's list in the tab's current order and filter.</summary>
    private Command<BrowserMsg> LoadList(BrowserState state, ListTab tab, ListFetch fetch = ListFetch.First, ListPane? pane = null) =>
        _commands.LoadList(tab, state.SearchText, fetch, pane, state.ShapeOf(tab));

    private int ListHeight(BrowserState state) => _screen.ListHeight(state);

    private (BrowserState, Command<BrowserMsg>?) OnDetailLoaded(BrowserState state, BrowserMsg.DetailLoaded loaded)
    {
        if (state.Current is not { } page || page.Target != loaded.Target)
        {
            return (state, null); // the user moved on; the client's store keeps the result for later
        }

        if (loaded.Detail is { } detail)
        {
            // A study asked for by DOI or PMID is kept under its slug, as its links name it.
            page = page with { Target = detail.Canonical, Detail = detail, Loading = false, Error = null, Missing = false, Undo = null };
            state = state with { Connection = ConnectionState.Connected, ConnectionError = null };
        }
        else if (page.Undo is { } undo && !loaded.Unreachable)
        {
            // A jump that found nothing leaves no trace: the page it left is back, and the footer says why.
            return (Clamp(state with
            {
                Current = undo.Previous,
                Back = undo.Pushed && !state.Back.IsEmpty ? state.Back.RemoveAt(state.Back.Count - 1) : state.Back,
                Forward = undo.Forward,
                Focus = undo.Previous is null ? PaneFocus.List : undo.Focus,
                Notice = loaded.Error,
            }), null);
        }
        else
        {
            page = page with { Loading = false, Error = loaded.Error, Missing = loaded.NotFound };
            if (loaded.Unreachable)
            {
                state = Unreachable(state, loaded.Error);
            }
        }

        return (Clamp(state with { Current = page }), null);
    }

    private static BrowserState Unreachable(BrowserState state, string? error) => state with
    {
        Connection = ConnectionState.Failed,
        ConnectionError = $"Server unreachable ({state.ServerDescription ?? "no address"}): {error}",
    };

    private (BrowserState, Command<BrowserMsg>?) OnKey(BrowserState state, KeyEvent key) => state.Mode switch
    {
        InputMode.Help => (key.Key is Key.Escape or Key.Enter || key.IsChar('?') || key.IsChar('q') ? state with { Mode = InputMode.Browse } : state, null),
        InputMode.Search or InputMode.Command or InputMode.Filter => OnInputKey(state, key),
        _ => OnBrowseKey(state, key),
    };

    /// <summary>Browsing keys, dispatched through <see cref="BrowserKeyMap"/> (which also draws the footer and help).</summary>
    private (BrowserState, Command<BrowserMsg>?) OnBrowseKey(BrowserState state, KeyEvent key)
    {
        bool detail = state.Focus == PaneFocus.Detail && state.Current is not null;
        if (BrowserKeyMap.Find(key, detail) is not { } binding)
        {
            return (state, null);
        }

        switch (binding.Action)
        {
            case BrowserAction.Quit:
                return (state, Command<BrowserMsg>.Quit);
            case BrowserAction.Help:
                return (state with { Mode = InputMode.Help }, null);
            case BrowserAction.Search:
                return OpenPrompt(state, InputMode.Search);
            case BrowserAction.Jump:
                return OpenPrompt(state, InputMode.Command);
            case BrowserAction.Sort:
                return CycleSort(state);
            case BrowserAction.Copy:
                return Copy(state);
            case BrowserAction.OpenLink:
                return OpenLink(state, LinkTags.OpenUrl(SelectedTag(state)) ?? PageUrl(state));
            case BrowserAction.Filter:
                return OpenFilter(state);
            case BrowserAction.Refresh:
                return state.ServerDescription is null || state.Connection == ConnectionState.Failed || state.CurrentList.Error is not null || state.Current?.Error is not null
                    ? Retry(state)
                    : Refresh(state, "Refreshed.");
            case BrowserAction.SwitchPane:
                return (SwitchPane(state), null);
            case BrowserAction.Back:
                return Show(GoBack(state));
            case BrowserAction.Forward:
                return Show(GoForward(state));
            case BrowserAction.NextTab:
                return SwitchTab(state, (ListTab)(((int)state.Tab + 1) % 5));
            case BrowserAction.PreviousTab:
                return SwitchTab(state, (ListTab)(((int)state.Tab + 4) % 5));
            case BrowserAction.ChooseTab:
                return SwitchTab(state, (ListTab)(key.Rune!.Value.Value - '1'));
            default:
                return detail ? OnDetailKey(state, key) : OnListKey(state, key);
        }
    }

    private (BrowserState, Command<BrowserMsg>?) OnListKey(BrowserState state, KeyEvent key)
    {
        ListPane pane = state.CurrentList;
        int count = pane.Items?.Count ?? 0;
        if (key.Key == Key.Enter || key.Key == Key.Right || key.IsChar('l'))
        {
            return pane.SelectedItem is { } item ? Open(state, item.Target) : (state, null);
        }

        int height = ListHeight(state);
        (ListState selection, bool handled) = pane.Selection.Handle(key, count, height);
        if (!handled)
        {
            return (state, null);
        }

        state = state.WithList(state.Tab, pane with { Selection = selection });
        Command<BrowserMsg>? preview = SchedulePreview(state, pane.SelectedItem?.Target);

        // The real end and start of the connection, not of the rows loaded so far.
        bool toEnd = key.Key == Key.End || key.IsChar('G');
        bool toStart = key.Key == Key.Home || key.IsChar('g');
        if (toEnd && pane.HasNext && pane.Fetching is not ListFetch.Last)
        {
            return (state.WithList(state.Tab, state.CurrentList with { Fetching = ListFetch.Last }), FetchCommand(state, ListFetch.Last));
        }

        if (toStart && pane.Start > 0 && pane.Fetching is not ListFetch.First)
        {
            return (state.WithList(state.Tab, state.CurrentList with { Fetching = ListFetch.First }), FetchCommand(state, ListFetch.First));
        }

        (state, Command<BrowserMsg>? prefetch) = Prefetch(state);
        return (state, Command<BrowserMsg>.Batch(prefetch, preview));
    }

    private (BrowserState, Command<BrowserMsg>?) OnDetailKey(BrowserState state, KeyEvent key)
    {
        Page page = state.Current!;
        if (page.Detail is not { } detail)
        {
            return (state, null);
        }

        Rect viewport = _screen.DetailViewport(state);
        int height = Math.Max(1, viewport.Height);
        TextLayout layout = _screen.LayoutDetail(detail, viewport.Width);
        TextViewState view = page.View;
        if (key.Key == Key.Enter)
        {
            string? tag = view.SelectedTag(layout);
            return EntityRef.FromTag(tag) is { } target ? Open(state, target)
                : LinkTags.OpenUrl(tag) is { } url ? OpenLink(state, url)
                : (state, null);
        }

        if (key.Key == Key.Down || key.IsChar('j'))
        {
            TextViewState next = view.NextLink(layout, height);
            view = next.SelectedLink == view.SelectedLink ? view.ScrollBy(1, layout, height) : next;
        }
        else if (key.Key == Key.Up || key.IsChar('k'))
        {
            TextViewState previous = view.PreviousLink(layout, height);
            view = previous.SelectedLink == view.SelectedLink ? view.ScrollBy(-1, layout, height) : previous;
        }
        else
        {
            (view, bool handled) = view.Handle(key, layout, height);
            if (!handled)
            {
                return (state, null);
            }
        }

        return (state with { Current = page with { View = view } }, null);
    }

    private (BrowserState, Command<BrowserMsg>?) Open(BrowserState state, EntityRef target)
    {
        if (state.Current is { } current && current.Shows(target))
        {
            // Already open (or previewed): no second history entry, only the focus moves.
            return (state with { Focus = PaneFocus.Detail, Current = current with { Preview = false } }, null);
        }

        // A page seen before opens at once from what it already holds.
        Page? known = Known(state, target);
        bool push = state.Current is { Detail: not null, Preview: false };
        Page page = known is not null
            ? new Page(known.Target) { Detail = known.Detail, Version = known.Version }
            : new Page(target) { Loading = true, Version = state.DataVersion, Undo = new OpenedFrom(state.Current, push, state.Forward, state.Focus) };
        state = state with
        {
            Back = push ? state.Back.Add(state.Current!) : state.Back,
            Forward = [],
            Current = page,
            Focus = PaneFocus.Detail,
        };
        return page.Detail is null ? (state, _commands.LoadDetail(target)) : Show(state);
    }

    private static Page? Known(BrowserState state, EntityRef target) =>
        state.Back.Concat(state.Forward).LastOrDefault(p => p.Detail is not null && p.Shows(target));

    /// <summary>After the selection moved: shows the selected row in the detail pane once it has rested there a moment.</summary>
    private Command<BrowserMsg>? SchedulePreview(BrowserState state, EntityRef? before)
    {
        if (state.SinglePane || state.Focus != PaneFocus.List || state.CurrentList.SelectedItem is not { } item
            || item.Target == before || state.Current?.Shows(item.Target) == true)
        {
            return null;
        }

        return _commands.After(_previewDelay, new BrowserMsg.PreviewDue(item.Target));
    }

    private (BrowserState, Command<BrowserMsg>?) OnPreviewDue(BrowserState state, EntityRef target)
    {
        if (state.Focus != PaneFocus.List || state.CurrentList.SelectedItem?.Target != target || state.Current?.Shows(target) == true)
        {
            return (state, null); // the selection moved on (or the page is already there)
        }

        // The page the user opened stays in the history; a preview only replaces a preview.
        Page? known = Known(state, target);
        bool keep = state.Current is { Detail: not null, Preview: false };
        Page page = known is not null
            ? new Page(known.Target) { Detail = known.Detail, Version = known.Version, Preview = true }
            : new Page(target) { Loading = true, Version = state.DataVersion, Preview = true };
        state = state with
        {
            Back = keep ? state.Back.Add(state.Current!) : state.Back,
            Forward = keep ? [] : state.Forward,
            Current = page,
        };
        return page.Detail is null ? (state, _commands.LoadDetail(target)) : Show(state);
    }

    /// <summary>
    /// Everything on screen read again, in place: each loaded list from the row above its screen (selection and scroll
    /// kept), and the detail page (scroll and selected link kept). Pages in the history are refreshed when shown again.
    /// </summary>
    private (BrowserState, Command<BrowserMsg>?) Refresh(BrowserState state, string status)
    {
        state = state with { Status = status };
        var commands = new List<Command<BrowserMsg>?>();
        foreach (ListTab tab in state.Lists.Keys.ToList())
        {
            (state, Command<BrowserMsg>? command) = RefreshList(state, tab);
            commands.Add(command);
        }

        (state, Command<BrowserMsg>? detail) = RefreshDetail(state);
        commands.Add(detail);
        return (state, Command<BrowserMsg>.Batch([.. commands]));
    }

    private (BrowserState, Command<BrowserMsg>?) RefreshList(BrowserState state, ListTab tab)
    {
        ListPane pane = state.ListOf(tab);
        if (pane.Items is null || (tab == ListTab.Search && state.SearchText is null))
        {
            return (state, null);
        }

        if (pane.Fetching is not null || pane.Loading)
        {
            return (state.WithList(tab, pane with { Stale = true }), null); // refreshed when the page in flight lands
        }

        return (state.WithList(tab, pane with { Fetching = ListFetch.Refresh }), LoadList(state, tab, ListFetch.Refresh, pane));
    }

    private (BrowserState, Command<BrowserMsg>?) RefreshDetail(BrowserState state)
    {
        if (state.Current is not { Detail: not null } page || page.Version == state.DataVersion && state.Status is null)
        {
            return (state, null);
        }

        return (state with { Current = page with { Version = state.DataVersion } }, _commands.LoadDetail(page.Target, fresh: true));
    }

    /// <summary>Shows a page from the history, reading it again when the data changed since it was loaded.</summary>
    private (BrowserState, Command<BrowserMsg>?) Show(BrowserState state)
    {
        if (state.Current is { Detail: not null } page && page.Version != state.DataVersion)
        {
            return (state with { Current = page with { Version = state.DataVersion } }, _commands.LoadDetail(page.Target, fresh: true));
        }

        return (state, null);
    }

    private BrowserState GoBack(BrowserState state)
    {
        if (state.Focus == PaneFocus.Detail && state.Back.IsEmpty)
        {
            return state with { Focus = PaneFocus.List };
        }

        if (state.Back.IsEmpty || state.Current is null)
        {
            return state;
        }

        return Clamp(state with
        {
            Current = state.Back[^1],
            Back = state.Back.RemoveAt(state.Back.Count - 1),
            Forward = state.Current is { Detail: not null, Preview: false } ? state.Forward.Add(state.Current) : state.Forward,
            Focus = PaneFocus.Detail,
        });
    }

    private BrowserState GoForward(BrowserState state)
    {
        if (state.Forward.IsEmpty)
        {
            return state;
        }

        return Clamp(state with
        {
            Current = state.Forward[^1],
            Forward = state.Forward.RemoveAt(state.Forward.Count - 1),
            Back = state.Current is { Detail: not null, Preview: false } current ? state.Back.Add(current) : state.Back,
            Focus = PaneFocus.Detail,
        });
    }

    private static BrowserState SwitchPane(BrowserState state) =>
        state.Focus == PaneFocus.List && state.Current is not null
            ? state with { Focus = PaneFocus.Detail }
            : state with { Focus = PaneFocus.List };

    private (BrowserState, Command<BrowserMsg>?) SwitchTab(BrowserState state, ListTab tab)
    {
        state = state with { Tab = tab, Focus = PaneFocus.List };
        ListPane pane = state.ListOf(tab);
        bool searchable = tab != ListTab.Search || state.SearchText is not null;
        if (pane.Items is null && !pane.Loading && searchable && state.Connection != ConnectionState.Connecting)
        {
            return (state.WithList(tab, pane with { Loading = true, Error = null }), LoadList(state, tab));
        }

        return (state, null);
    }

    private (BrowserState, Command<BrowserMsg>?) Search(BrowserState state, string text)
    {
        state = state with { Tab = ListTab.Search, SearchText = text, Focus = PaneFocus.List };
        state = state.WithList(ListTab.Search, new ListPane { Loading = true });
        return (state, LoadList(state, ListTab.Search));
    }

    private (BrowserState, Command<BrowserMsg>?) Retry(BrowserState state)
    {
        if (state.ServerDescription is null)
        {
            // Never connected (the embedded server did not start): try again from the start.
            BrowserState connecting = state with { Connection = ConnectionState.Connecting, ConnectionError = null };
            if (connecting.CurrentList.Items is null)
            {
                connecting = connecting.WithList(state.Tab, connecting.CurrentList with { Loading = true, Error = null });
            }

            return (connecting, _commands.Connect());
        }

        Command<BrowserMsg>? list = null;
        ListPane pane = state.CurrentList;
        if ((pane.Error is not null || pane.Items is null) && !pane.Loading && (state.Tab != ListTab.Search || state.SearchText is not null))
        {
            state = state.WithList(state.Tab, pane with { Loading = true, Error = null });
            list = LoadList(state, state.Tab);
        }

        Command<BrowserMsg>? detail = null;
        if (state.Current is { Error: not null } page)
        {
            state = state with { Current = page with { Loading = true, Error = null } };
            detail = _commands.LoadDetail(page.Target);
        }

        return (state, Command<BrowserMsg>.Batch(list, detail));
    }

    private BrowserState Clamp(BrowserState state)
    {
        if (state.Current is { Detail: { } detail } page)
        {
            Rect viewport = _screen.DetailViewport(state);
            TextLayout layout = _screen.LayoutDetail(detail, viewport.Width);
            state = state with { Current = page with { View = page.View.Clamp(layout, Math.Max(1, viewport.Height)) } };
        }

        return state;
    }
}
