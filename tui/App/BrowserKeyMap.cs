using NmnGraph.Terminal.Input;

namespace NmnGraph.Tui.App;

/// <summary>
/// The browser's keys while browsing, in one table: <see cref="BrowserProgram.Update"/> dispatches through
/// <see cref="Find"/>, and the footer and the <c>?</c> help are drawn from the same bindings, so they cannot disagree.
/// In a list →/l open the selection (moving right, into the detail); ←/h and Esc go back out of the detail.
/// </summary>
public static class BrowserKeyMap
{
    public static IReadOnlyList<KeyBinding> Bindings { get; } =
    [
        // The list.
        new("↓ j / ↑ k", "move", KeyScope.List, BrowserAction.Move, k => k.Key is Key.Down or Key.Up || k.IsChar('j') || k.IsChar('k'), new("↑↓", "move")),
        new("PgDn Ctrl+F / PgUp Ctrl+B", "page (loads more as it goes)", KeyScope.List, BrowserAction.Move, k => k.Key is Key.PageDown or Key.PageUp || k.IsCtrl('f') || k.IsCtrl('b')),
        new("g Home / G End", "first / last of the whole list", KeyScope.List, BrowserAction.Move, k => k.Key is Key.Home or Key.End || k.IsChar('g') || k.IsChar('G')),
        new("Enter → l", "open (the detail pane already previews the selection)", KeyScope.List, BrowserAction.Open, k => k.Key is Key.Enter || (k.Key == Key.Right && !k.Alt) || k.IsChar('l'), new("⏎", "open")),
        new("s", "sort: cycle the orders the list offers", KeyScope.List, BrowserAction.Sort, k => k.IsChar('s')),
        new("f", "filter: topic:SLUG level:… verification:… year:YYYY (empty clears)", KeyScope.List, BrowserAction.Filter, k => k.IsChar('f')),
        new("] / [", "next / previous tab", KeyScope.Any, BrowserAction.NextTab, k => k.IsChar(']'), new("[]", "tabs")),
        new("[", "previous tab", KeyScope.Any, BrowserAction.PreviousTab, k => k.IsChar('[')),
        new("1-5", "Articles · Studies · Claims · Topics · Search", KeyScope.Any, BrowserAction.ChooseTab,
            k => k.Key == Key.Char && k.Rune is { } r && !k.Ctrl && !k.Alt && r.Value is >= '1' and <= '5'),

        // The detail pane.
        new("↓ j / ↑ k", "next / previous link", KeyScope.Detail, BrowserAction.Move, k => k.Key is Key.Down or Key.Up || k.IsChar('j') || k.IsChar('k'), new("↑↓", "links")),
        new("PgDn Space / PgUp", "scroll a page", KeyScope.Detail, BrowserAction.Move, k => k.Key is Key.PageDown or Key.PageUp || k.IsChar(' ') || k.IsCtrl('f') || k.IsCtrl('b')),
        new("g Home / G End", "top / bottom", KeyScope.Detail, BrowserAction.Move, k => k.Key is Key.Home or Key.End || k.IsChar('g') || k.IsChar('G')),
        new("Enter", "follow the selected link", KeyScope.Detail, BrowserAction.Open, k => k.Key == Key.Enter, new("⏎", "follow")),
        new("Esc Backspace ← h Alt←", "back", KeyScope.Detail, BrowserAction.Back,
            k => k.Key is Key.Escape or Key.Backspace || (k.Key == Key.Left) || k.IsChar('h'), new("Esc", "back")),
        new("Alt→", "forward", KeyScope.Any, BrowserAction.Forward, k => k.Key == Key.Right && k.Alt, new("Alt→", "fwd")),
        new("Esc Alt←", "back to the last page", KeyScope.List, BrowserAction.Back, k => k.Key is Key.Escape or Key.Backspace || (k.Key == Key.Left && k.Alt)),

        // Everywhere.
        new("Tab", "switch between list and detail", KeyScope.Any, BrowserAction.SwitchPane, k => k.Key == Key.Tab, new("Tab", "pane")),
        new("/", "search articles, studies, claims", KeyScope.Any, BrowserAction.Search, k => k.IsChar('/'), new("/", "search")),
        new(":", "jump: :articles :studies :claims :topics · :study DOI-or-slug · :article/:claim/:topic SLUG · :search TEXT · :q", KeyScope.Any, BrowserAction.Jump, k => k.IsChar(':'), new(":", "jump")),
        new("y", "copy the selected link's URL or DOI, else the DOI, URL or slug of what is shown (to the clipboard, OSC 52)", KeyScope.Any, BrowserAction.Copy, k => k.IsChar('y')),
        new("o", "open the selected link's URL (else the page's source or DOI) in the web browser", KeyScope.Any, BrowserAction.OpenLink, k => k.IsChar('o')),
        new("click / double-click / wheel", "select a row or tab, follow a link / open a row / scroll the pane under the pointer", KeyScope.Any, BrowserAction.Move, _ => false),
        new("r Ctrl+R", "refresh from the server (retry what failed)", KeyScope.Any, BrowserAction.Refresh, k => k.IsChar('r') || k.IsCtrl('r')),
        new("? F1", "this help", KeyScope.Any, BrowserAction.Help, k => k.IsChar('?') || k.Key == Key.F1, new("?", "help")),
        new("q Ctrl+C", "quit", KeyScope.Any, BrowserAction.Quit, k => k.IsChar('q'), new("q", "quit")),

        // At the / : f prompts.
        new("Enter", "search / jump / filter", KeyScope.Prompt, BrowserAction.Open, k => k.Key == Key.Enter, new("⏎", "go")),
        new("Esc", "cancel", KeyScope.Prompt, BrowserAction.Back, k => k.Key == Key.Escape, new("Esc", "cancel")),
        new("Tab", "complete (again: the next candidate) — commands, slugs, DOIs, filter keys and values", KeyScope.Prompt, BrowserAction.Complete, k => k.Key == Key.Tab && !k.Shift, new("Tab", "complete")),
        new("↑ / ↓", "earlier / later lines entered at this prompt", KeyScope.Prompt, BrowserAction.History, k => k.Key is Key.Up or Key.Down, new("↑↓", "history")),
    ];

    /// <summary>The prompt binding <paramref name="key"/> triggers, or null (the key edits the line).</summary>
    public static KeyBinding? FindAtPrompt(KeyEvent key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Bindings.FirstOrDefault(b => b.Scope == KeyScope.Prompt && b.Matches(key));
    }

    /// <summary>The binding <paramref name="key"/> triggers with the focus given, or null.</summary>
    public static KeyBinding? Find(KeyEvent key, bool detailFocused)
    {
        ArgumentNullException.ThrowIfNull(key);
        KeyScope here = detailFocused ? KeyScope.Detail : KeyScope.List;
        return Bindings.FirstOrDefault(b => b.Scope == here && b.Matches(key)) ?? Bindings.FirstOrDefault(b => b.Scope == KeyScope.Any && b.Matches(key));
    }

    /// <summary>The bindings that apply with the focus given, in table order (the focused pane's first).</summary>
    public static IEnumerable<KeyBinding> Applying(bool detailFocused)
    {
        KeyScope here = detailFocused ? KeyScope.Detail : KeyScope.List;
        return Bindings.Where(b => b.Scope == here).Concat(Bindings.Where(b => b.Scope == KeyScope.Any));
    }
}
