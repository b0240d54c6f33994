namespace NmnGraph.Terminal;

/// <summary>
/// Whether the terminal shows OSC 8 hyperlinks. Terminals that do not know OSC 8 should ignore it, but some print it
/// or garble the line, so links are written only where the terminal is known to show them; elsewhere the URL is plain
/// text (never broken, so it can still be selected) and <c>y</c>/<c>o</c> copy or open it.
/// </summary>
public static class HyperlinkSupport
{
    private static readonly string[] s_programs = ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper", "Tabby", "rio", "kitty"];

    /// <summary>
    /// <c>NMNGRAPH_HYPERLINKS=1</c>/<c>0</c> decides when set; otherwise yes for VTE 0.50+ (GNOME Terminal, Tilix…),
    /// kitty, Windows Terminal, foot, and the <c>TERM_PROGRAM</c>s known to show them; no inside tmux or screen (they
    /// pass links on only when configured to).
    /// </summary>
    public static bool Detect(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        switch (environment("NMNGRAPH_HYPERLINKS"))
        {
            case "1" or "true" or "yes":
                return true;
            case "0" or "false" or "no":
                return false;
        }

        string term = environment("TERM") ?? string.Empty;
        if (environment("TMUX") is { Length: > 0 } || term.StartsWith("screen", StringComparison.Ordinal) || term.StartsWith("tmux", StringComparison.Ordinal))
        {
            return false;
        }

        return (int.TryParse(environment("VTE_VERSION"), out int vte) && vte >= 5000)
            || environment("KITTY_WINDOW_ID") is { Length: > 0 }
            || environment("WT_SESSION") is { Length: > 0 }
            || term is "xterm-kitty" or "foot" or "foot-extra" or "xterm-ghostty" or "wezterm"
            || s_programs.Contains(environment("TERM_PROGRAM"), StringComparer.OrdinalIgnoreCase);
    }
}
