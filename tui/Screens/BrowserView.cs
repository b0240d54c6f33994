using System.Globalization;
using NmnGraph.Client;
using NmnGraph.Terminal;
using NmnGraph.Terminal.Widgets;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Screens;

/// <summary>Draws a <see cref="BrowserState"/>: tabs, breadcrumb, list and detail panes, footer, and the help overlay.</summary>
public static class BrowserView
{
    private static readonly string[] s_tabTitles = ["Articles", "Studies", "Claims", "Topics", "Search"];
    private static readonly Spinner s_spinner = new() { Style = Style.Fg(Color.Cyan) };

    public static void Render(BrowserState state, Buffer buffer, DetailLayoutCache details)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(details);
        if (buffer.Width == 0 || buffer.Height == 0)
        {
            return;
        }

        BrowserLayout layout = BrowserLayout.For(state with { Width = buffer.Width, Height = buffer.Height });
        Header(state, buffer, layout.Header);
        Breadcrumb(state, buffer, layout.Breadcrumb);
        if (!layout.ListBox.IsEmpty)
        {
            ListPaneView(state, buffer, layout.ListBox);
        }

        if (!layout.DetailBox.IsEmpty)
        {
            DetailPane(state, buffer, layout.DetailBox, details);
        }

        Footer(state, buffer, layout.Footer);
        if (state.Mode == InputMode.Help)
        {
            new HelpOverlay { Title = "Keys (Esc closes)", BorderStyle = Theme.FocusedBorder, KeyStyle = Theme.FooterKey }
                .Render(buffer, buffer.Area, BrowserKeys.Help(state));
        }
    }

    /// <summary>Where each tab's title is on the header row (for mouse clicks): the header drawn into a scratch row.</summary>
    public static IReadOnlyList<Rect> TabAreas(BrowserState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var row = new Buffer(Math.Max(0, state.Width), 1);
        return Header(state, row, row.Area);
    }

    private static IReadOnlyList<Rect> Header(BrowserState state, Buffer buffer, Rect area)
    {
        if (area.IsEmpty)
        {
            return [];
        }

        string status;
        Style statusStyle;
        if (state.Connection == ConnectionState.Failed)
        {
            (status, statusStyle) = ("✗ offline", Theme.Error);
        }
        else if (state.IsBusy)
        {
            string what = state.Connection == ConnectionState.Connecting ? "starting" : "loading";
            (status, statusStyle) = (s_spinner.Frame(state.Tick) + " " + what, Style.Fg(Color.Cyan));
        }
        else
        {
            (status, statusStyle) = ("● ready", Style.Fg(Color.Green));
        }

        string brand = area.Width >= 60 ? " NmnGraph " : " NMN ";
        int x = area.X + buffer.SetString(area.X, area.Y, brand, Theme.Header.Add(TextAttributes.Reverse));
        int statusWidth = DisplayWidth.Of(status) + 1;
        // On a narrow screen the tabs come first; the status shows only when it says something (busy, offline).
        bool quiet = state.Connection == ConnectionState.Connected && !state.IsBusy;
        bool showStatus = area.Width - (x - area.X) - statusWidth >= (quiet ? 45 : 12);
        var tabsArea = new Rect(x + 1, area.Y, Math.Max(0, area.Right - x - 1 - (showStatus ? statusWidth : 0)), 1);
        IReadOnlyList<Rect> tabs = new Tabs { SelectedStyle = new Style(Color.Default, Color.Default, TextAttributes.Bold | TextAttributes.Reverse) }
            .Render(buffer, tabsArea, s_tabTitles, (int)state.Tab);
        if (showStatus)
        {
            buffer.SetString(area.Right - statusWidth + 1, area.Y, status, statusStyle);
        }

        return tabs;
    }

    private static void Breadcrumb(BrowserState state, Buffer buffer, Rect area)
    {
        if (area.IsEmpty)
        {
            return;
        }

        var parts = new List<string> { state.Tab == ListTab.Search && state.SearchText is { } text ? $"Search “{text}”" : s_tabTitles[(int)state.Tab] };
        parts.AddRange(state.Back.Select(Crumb));
        if (state.Current is { } current)
        {
            parts.Add(Crumb(current));
        }

        // Keep the end (where the user is); drop crumbs from the start when they do not fit.
        const string separator = " › ";
        int first = 0;
        while (first < parts.Count - 1 && Width(parts, first, separator) > area.Width - 2)
        {
            first++;
        }

        int x = area.X;
        if (first > 0)
        {
            x += buffer.SetString(x, area.Y, "…" + separator, Theme.Dim);
        }

        for (int i = first; i < parts.Count; i++)
        {
            if (i > first)
            {
                x += buffer.SetString(x, area.Y, separator, Theme.Dim, area.Right - x);
            }

            bool last = i == parts.Count - 1;
            string part = DisplayWidth.TruncateWithEllipsis(parts[i], Math.Max(1, area.Right - x));
            x += buffer.SetString(x, area.Y, part, last ? Theme.Title : Theme.Dim, area.Right - x);
        }
    }

    private static string Crumb(Page page)
    {
        string kind = page.Target.Kind.ToString();
        return DisplayWidth.TruncateWithEllipsis($"{kind}: {page.Title}", 40);
    }

    private static int Width(List<string> parts, int first, string separator) =>
        parts.Skip(first).Sum(DisplayWidth.Of) + ((parts.Count - first - 1) * DisplayWidth.Of(separator)) + (first > 0 ? 4 : 0);

    private static void ListPaneView(BrowserState state, Buffer buffer, Rect box)
    {
        ListPane pane = state.CurrentList;
        bool focused = state.Focus == PaneFocus.List || state.Current is null;
        string title = state.Tab == ListTab.Search ? "Search results" : s_tabTitles[(int)state.Tab];
        if (pane.Items is { } loaded)
        {
            // Where the selection is in the whole connection, not in the rows loaded so far: "Articles 1,204/2,000".
            int total = pane.TotalCount ?? loaded.Count;
            title += total == 0 ? " (0)" : string.Create(CultureInfo.InvariantCulture, $" {pane.Position:N0}/{total:N0}");
        }

        // The order and filter in force, when not the default: "Claims 3/12 · strongest evidence first · level:animal-model".
        if (state.ShapeOf(state.Tab).Describe(state.Tab) is { Length: > 0 } shape)
        {
            title += " · " + shape;
        }

        Rect inner = new Block { Title = title, BorderStyle = focused ? Theme.FocusedBorder : Theme.Border }.Render(buffer, box);
        if (inner.IsEmpty)
        {
            return;
        }

        if (pane.Items is not { } items)
        {
            if (pane.Error is { } error)
            {
                Message(buffer, inner, "✗ " + error, "Press r to retry.");
            }
            else if (pane.Loading || state.Connection == ConnectionState.Connecting)
            {
                s_spinner.Render(buffer, inner.X, inner.Y, state.Tick, $"Loading {title.ToLowerInvariant()}…", inner.Width);
            }
            else if (state.Tab == ListTab.Search)
            {
                Message(buffer, inner, "Press / and type to search articles, studies and claims.", null);
            }

            return;
        }

        if (items.Count == 0)
        {
            string empty = state.Tab == ListTab.Search ? "No matches."
                : state.ShapeOf(state.Tab).Filter.IsEmpty ? "Nothing here yet." : "Nothing matches the filter (f changes it).";
            buffer.SetString(inner.X, inner.Y, empty, Theme.Dim, inner.Width);
            return;
        }

        // Only the rows on screen become lines: a list deep in a large connection holds many thousands.
        ListState shown = pane.Selection.ScrollIntoView(items.Count, inner.Height);
        StyledLine[] lines = [.. Enumerable.Range(shown.Offset, Math.Clamp(items.Count - shown.Offset, 0, inner.Height)).Select(i => Row(items[i]))];
        new ListView { SelectedStyle = focused ? Style.Reverse : Style.Reverse.Add(TextAttributes.Dim) }
            .Render(buffer, inner, lines, new ListState(shown.Selected - shown.Offset, 0));
    }

    private static StyledLine Row(ListItem item)
    {
        var spans = new List<Span>();
        if (item.Depth > 0)
        {
            spans.Add(new Span(new string(' ', item.Depth * 2) + "└ ", Theme.Dim));
        }

        if (item.Target.Kind == EntityKind.Claim && item.Level is { } level)
        {
            spans.Add(new Span(Labels.LevelBadge(level, item.LevelVerification), Theme.Level(level, item.LevelVerification)));
            spans.Add(" ");
        }

        if (item.Verification == VerificationStatus.Unidentified)
        {
            spans.Add(new Span("⚠ ", Theme.Warning));
        }

        spans.Add(item.Title);

        if (item.Target.Kind != EntityKind.Claim && item.Target.Kind != EntityKind.Topic && item.Detail.Length > 0)
        {
            spans.Add(new Span("  " + item.Detail.ReplaceLineEndings(" "), Theme.Dim));
        }

        return new StyledLine(spans);
    }

    private static void DetailPane(BrowserState state, Buffer buffer, Rect box, DetailLayoutCache details)
    {
        bool focused = state.Focus == PaneFocus.Detail && state.Current is not null;
        Page? page = state.Current;
        string title = page is null ? "NmnGraph" : $"{page.Target.Kind}: {page.Title}";
        Rect inner = new Block { Title = title, BorderStyle = focused ? Theme.FocusedBorder : Theme.Border }.Render(buffer, box);
        if (inner.IsEmpty)
        {
            return;
        }

        if (page is null)
        {
            Welcome(state, buffer, inner);
            return;
        }

        if (page.Detail is not { } detail)
        {
            if (page.Error is { } error)
            {
                Message(buffer, inner, "✗ " + error, page.Missing ? "Esc goes back." : "Press r to retry, Esc to go back.");
            }
            else
            {
                s_spinner.Render(buffer, inner.X, inner.Y, state.Tick, $"Loading {page.Target.Kind.ToString().ToLowerInvariant()} {page.Target.Key}…", inner.Width);
            }

            return;
        }

        TextLayout layout = details.Get(detail, inner.Width);
        TextViewState view = page.View.Clamp(layout, inner.Height);
        new TextView { SelectedLinkStyle = Style.Reverse, LinkStyle = new Style(Color.Default, Color.Default, TextAttributes.Underline) }
            .Render(buffer, inner, layout, focused ? view : view with { SelectedLink = -1 });

        // Where we are in the text, on the bottom border.
        if (layout.Lines.Count > inner.Height && box.Width > 12)
        {
            int percent = TextViewState.MaxScroll(layout, inner.Height) == 0 ? 100 : view.Scroll * 100 / TextViewState.MaxScroll(layout, inner.Height);
            string position = $" {percent}% ";
            buffer.SetString(box.Right - 2 - DisplayWidth.Of(position), box.Bottom - 1, position, focused ? Theme.FocusedBorder : Theme.Border);
        }
    }

    private static void Welcome(BrowserState state, Buffer buffer, Rect inner)
    {
        var text = new StyledText();
        text.AppendLine("Check what popular NMN articles claim against the studies they cite.", Theme.Title);
        text.AppendLine();
        text.AppendLine("Pick an article, study, claim or topic on the left and press Enter. In the detail pane the arrows move between links and Enter follows one; Esc goes back.");
        text.AppendLine();
        text.Append("/", Theme.FooterKey).AppendLine(" searches everything;");
        text.Append(":study lu-2023-gerona", Theme.FooterKey).AppendLine(" jumps straight to a study;");
        text.Append("?", Theme.FooterKey).AppendLine(" lists the keys.");
        if (state.ServerDescription is { } server)
        {
            text.AppendLine();
            text.AppendLine("Data: " + server, Theme.Dim);
        }

        new TextView().Render(buffer, inner, TextLayout.Wrap(text, inner.Width), new TextViewState());
    }

    private static void Message(Buffer buffer, Rect inner, string message, string? hint)
    {
        var text = new StyledText();
        text.AppendLine(message, Theme.Error);
        if (hint is not null)
        {
            text.AppendLine();
            text.AppendLine(hint);
        }

        new TextView().Render(buffer, inner, TextLayout.Wrap(text, inner.Width), new TextViewState());
    }

    private static void Footer(BrowserState state, Buffer buffer, Rect area)
    {
        if (area.IsEmpty)
        {
            return;
        }

        if (state.Mode is InputMode.Search or InputMode.Command or InputMode.Filter)
        {
            Prompt(state, buffer, area);
            return;
        }

        string? message = BrowserLayout.FooterMessage(state);
        Style style = state.Notice is null && state.ConnectionError is null ? Theme.Status : Theme.Error;
        Rect keys = area with { Y = area.Bottom - 1, Height = 1 };
        if (area.Height > 1 && message is not null)
        {
            // Too long to sit beside the keys: wrapped above them, whole.
            new TextView().Render(buffer, area with { Height = area.Height - 1 }, TextLayout.Wrap(new StyledText().Append(message, style), area.Width), new TextViewState());
            message = null;
        }

        new StatusBar { KeyStyle = Theme.FooterKey, MessageStyle = style }.Render(buffer, keys, BrowserKeys.Footer(state), message);
    }

    private static void Prompt(BrowserState state, Buffer buffer, Rect area)
    {
        (string prompt, string placeholder) = state.Mode switch
        {
            InputMode.Search => ("/", "search articles, studies and claims — Enter to search, Tab completes, ↑ earlier searches"),
            InputMode.Command => (":", "articles · study lu-2023-gerona · study PMID · claim SLUG — Tab completes, ↑ earlier jumps"),
            _ => ("filter " + state.Tab.ToString().ToLowerInvariant() + ": ",
                string.Join(" ", ListFilter.KeysFor(state.Tab).Select(k => k + ":…")) + " — Tab completes, empty clears"),
        };
        new TextInput { Prompt = prompt, PromptStyle = Theme.FooterKey, Placeholder = placeholder }.Render(buffer, area, state.Input);

        // The candidates Tab offers, after the line when there is room.
        if (state.Completion is { Candidates.Count: > 1 } completion)
        {
            int x = area.X + DisplayWidth.Of(prompt) + DisplayWidth.Of(state.Input.Text) + 3;
            var shown = new System.Text.StringBuilder();
            for (int i = 0; i < completion.Candidates.Count && x + shown.Length < area.Right; i++)
            {
                shown.Append(i == completion.Index ? "[" + completion.Candidates[i] + "] " : completion.Candidates[i] + " ");
            }

            if (x < area.Right - 4)
            {
                buffer.SetString(x, area.Y, DisplayWidth.TruncateWithEllipsis(shown.ToString().TrimEnd(), area.Right - x), Theme.Dim, area.Right - x);
            }
        }
    }
}
