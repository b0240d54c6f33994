using NmnGraph.Terminal.Widgets;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Screens;

/// <summary>The keys that apply now: the footer's short list (most useful first) and the help overlay's full one.</summary>
public static class BrowserKeys
{
    public static IReadOnlyList<KeyHint> Footer(BrowserState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        switch (state.Mode)
        {
            case InputMode.Search or InputMode.Command or InputMode.Filter:
                string go = state.Mode switch { InputMode.Search => "search", InputMode.Command => "jump", _ => "filter" };
                return [.. BrowserKeyMap.Bindings.Where(b => b.Scope == KeyScope.Prompt && b.Footer is not null)
                    .Select(b => new KeyHint(b.Footer!.Key, b.Action == BrowserAction.Open ? go : b.Footer.Label))];
            case InputMode.Help:
                return [new("Esc", "close help"), new("q", "close")];
        }

        bool detail = state.Focus == PaneFocus.Detail && state.Current is not null;
        var hints = new List<KeyHint>();
        if (HasError(state))
        {
            hints.Add(new("r", "retry"));
        }

        KeyHint? help = null;
        KeyHint? quit = null;
        foreach (KeyBinding binding in BrowserKeyMap.Applying(detail))
        {
            if (binding.Footer is not { } footer)
            {
                continue;
            }

            switch (binding.Action)
            {
                case BrowserAction.Forward when !detail || state.Forward.IsEmpty:
                case BrowserAction.NextTab when detail:
                case BrowserAction.SwitchPane when state.Current is null:
                    continue;
                case BrowserAction.Help:
                    help = new(footer.Key, footer.Label);
                    continue;
                case BrowserAction.Quit:
                    quit = new(footer.Key, footer.Label);
                    continue;
                case BrowserAction.SwitchPane:
                    hints.Add(new(footer.Key, detail ? "list" : "detail"));
                    continue;
                default:
                    hints.Add(new(footer.Key, footer.Label));
                    break;
            }
        }

        // A narrow footer keeps the way to every other key in sight.
        if (state.Width < 60)
        {
            hints.InsertRange(0, [help!, quit!]);
        }
        else
        {
            hints.AddRange([help!, quit!]);
        }

        return hints;
    }

    /// <summary>Every key that applies now, from the same table that drives the browser.</summary>
    public static IReadOnlyList<KeyHint> Help(BrowserState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        bool detail = state.Focus == PaneFocus.Detail && state.Current is not null;
        var hints = new List<KeyHint>();
        foreach (KeyBinding binding in BrowserKeyMap.Applying(detail))
        {
            if (binding.Action == BrowserAction.PreviousTab || (binding.Action == BrowserAction.Back && !detail && state.Current is null))
            {
                continue;
            }

            hints.Add(new(binding.Keys, binding.Action == BrowserAction.Refresh && HasError(state) ? "retry what failed" : binding.Description));
        }

        // The prompts' own keys, from the same table.
        hints.AddRange(BrowserKeyMap.Bindings.Where(b => b.Scope == KeyScope.Prompt).Select(b => new KeyHint("at / : f  " + b.Keys, b.Description)));
        return hints;
    }

    private static bool HasError(BrowserState state) =>
        state.Connection == ConnectionState.Failed || state.CurrentList.Error is not null || state.Current?.Error is not null;
}
