using NmnGraph.Tui.App;
using NmnGraph.Tui.Widgets;

namespace NmnGraph.Tui.Screens;

/// <summary>The keys that apply now: the footer's short list (most useful first) and the help overlay's full one.</summary>
public static class BrowserKeys
{
    public static IReadOnlyList<KeyHint> Footer(BrowserState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        switch (state.Mode)
        {
            case InputMode.Search:
                return [new("⏎", "search"), new("Esc", "cancel")];
            case InputMode.Command:
                return [new("⏎", "jump"), new("Esc", "cancel"), new(":study", "SLUG"), new(":claims", "list")];
            case InputMode.Help:
                return [new("Esc", "close help"), new("q", "close")];
        }

        var hints = new List<KeyHint>();
        if (HasError(state))
        {
            hints.Add(new("r", "retry"));
        }

        if (state.Focus == PaneFocus.Detail && state.Current is not null)
        {
            hints.Add(new("↑↓", "links"));
            hints.Add(new("⏎", "follow"));
            hints.Add(new("Esc", "back"));
            if (!state.Forward.IsEmpty)
            {
                hints.Add(new("Alt→", "fwd"));
            }

            hints.Add(new("Tab", "list"));
        }
        else
        {
            hints.Add(new("↑↓", "move"));
            hints.Add(new("⏎", "open"));
            hints.Add(new("[]", "tabs"));
            if (state.Current is not null)
            {
                hints.Add(new("Tab", "detail"));
            }
        }

        hints.Add(new("/", "search"));
        hints.Add(new(":", "jump"));
        if (state.Width < 60)
        {
            // A narrow footer keeps the way to every other key in sight.
            hints.Insert(0, new("?", "help"));
            hints.Insert(1, new("q", "quit"));
            return hints;
        }

        hints.Add(new("?", "help"));
        hints.Add(new("q", "quit"));
        return hints;
    }

    public static IReadOnlyList<KeyHint> Help(BrowserState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var hints = new List<KeyHint>();
        if (state.Focus == PaneFocus.Detail && state.Current is not null)
        {
            hints.Add(new("↓ j / ↑ k", "next / previous link"));
            hints.Add(new("Enter", "follow the selected link"));
            hints.Add(new("PgDn Space / PgUp", "scroll a page"));
            hints.Add(new("g / G", "top / bottom"));
            hints.Add(new("Esc Backspace Alt←", "back"));
            hints.Add(new("Alt→", "forward"));
            hints.Add(new("Tab", "to the list"));
        }
        else
        {
            hints.Add(new("↓ j / ↑ k", "move"));
            hints.Add(new("PgDn / PgUp", "page"));
            hints.Add(new("g / G", "first / last"));
            hints.Add(new("Enter →", "open"));
            hints.Add(new("[ ] ← → 1-5", "switch tab"));
            if (state.Current is not null)
            {
                hints.Add(new("Tab", "to the detail"));
                hints.Add(new("Esc", "back"));
            }
        }

        hints.Add(new("/", "search articles, studies, claims"));
        hints.Add(new(":articles :claims …", "show a list"));
        hints.Add(new(":study DOI-or-slug", "open a study"));
        hints.Add(new(":article / :claim SLUG", "open one"));
        hints.Add(HasError(state) ? new("r", "retry what failed") : new("r Ctrl+R", "refresh from the server"));
        hints.Add(new("?", "this help"));
        hints.Add(new("q Ctrl+C", "quit"));
        return hints;
    }

    private static bool HasError(BrowserState state) =>
        state.Connection == ConnectionState.Failed || state.CurrentList.Error is not null || state.Current?.Error is not null;
}
