namespace NmnGraph.Terminal;

/// <summary>The control sequences the TUI writes.</summary>
public static class TerminalSequences
{
    public const string EnterAlternateScreen = "\e[?1049h";
    public const string LeaveAlternateScreen = "\e[?1049l";
    public const string HideCursor = "\e[?25l";
    public const string ShowCursor = "\e[?25h";
    public const string ClearScreen = "\e[2J";
    public const string CursorHome = "\e[H";
    public const string ResetStyle = "\e[0m";
    public const string EnableBracketedPaste = "\e[?2004h";
    public const string DisableBracketedPaste = "\e[?2004l";

    /// <summary>Button presses, releases and wheel, reported in the SGR format (1006).</summary>
    public const string EnableMouse = "\e[?1000h\e[?1006h";
    public const string DisableMouse = "\e[?1006l\e[?1000l";
    public const string BeginSynchronizedUpdate = "\e[?2026h";
    public const string EndSynchronizedUpdate = "\e[?2026l";

    /// <summary>Undoes everything the renderer may have turned on; written on every exit path.</summary>
    public const string RestoreAll = ResetStyle + DisableMouse + DisableBracketedPaste + ShowCursor + LeaveAlternateScreen;

    /// <summary>Starts an OSC 8 hyperlink to <paramref name="url"/>; an empty URL ends the one in force.</summary>
    public static string Hyperlink(string url) => "\e]8;;" + string.Concat(url.Where(c => c >= ' ' && c != '\x7f')) + "\e\\";

    /// <summary>Puts <paramref name="text"/> on the system clipboard through the terminal (OSC 52).</summary>
    public static string CopyToClipboard(string text) => "\e]52;c;" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)) + "\a";

    /// <summary>Moves the cursor to a zero-based cell.</summary>
    public static string MoveTo(int x, int y) => $"\e[{y + 1};{x + 1}H";
}
