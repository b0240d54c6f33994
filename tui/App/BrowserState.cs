using System.Collections.Immutable;
using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Tui.App;

/// <summary>
/// Everything the browser shows, as one immutable value: the list tabs, the detail history (back and forward), the
/// mode, the input line, the screen size and the connection. <see cref="BrowserProgram.Update"/> makes new ones.
/// </summary>
public sealed record BrowserState
{
    /// <summary>No list loaded yet.</summary>
    public static ImmutableDictionary<ListTab, ListPane> NoLists { get; } = ImmutableDictionary<ListTab, ListPane>.Empty;

    public int Width { get; init; } = 80;

    public int Height { get; init; } = 24;

    public ListTab Tab { get; init; } = ListTab.Articles;

    public ImmutableDictionary<ListTab, ListPane> Lists { get; init; } = NoLists;

    /// <summary>The text of the search whose results are in the Search tab.</summary>
    public string? SearchText { get; init; }

    public PaneFocus Focus { get; init; } = PaneFocus.List;

    /// <summary>The page on screen in the detail pane, or null before anything was opened.</summary>
    public Page? Current { get; init; }

    /// <summary>Pages to go back to, the most recent last.</summary>
    public ImmutableList<Page> Back { get; init; } = [];

    /// <summary>Pages to go forward to (after going back), the next one last.</summary>
    public ImmutableList<Page> Forward { get; init; } = [];

    public InputMode Mode { get; init; } = InputMode.Browse;

    /// <summary>The search, jump or filter line being typed.</summary>
    public TextInputState Input { get; init; } = TextInputState.Empty;

    /// <summary>What Tab offered at the prompt last, cycled by the next Tab; null once the line is edited.</summary>
    public PromptCompletion? Completion { get; init; }

    /// <summary>The lines entered at each prompt, the latest last (↑/↓ walk them).</summary>
    public ImmutableDictionary<InputMode, ImmutableList<string>> PromptHistory { get; init; } = ImmutableDictionary<InputMode, ImmutableList<string>>.Empty;

    /// <summary>Where ↑/↓ are in <see cref="PromptHistory"/> (-1: at the line being typed, kept in <see cref="PromptDraft"/>).</summary>
    public int PromptHistoryIndex { get; init; } = -1;

    public string PromptDraft { get; init; } = string.Empty;

    /// <summary>Each list tab's order and filter (absent: the default).</summary>
    public ImmutableDictionary<ListTab, ListShape> Shapes { get; init; } = ImmutableDictionary<ListTab, ListShape>.Empty;

    public ConnectionState Connection { get; init; } = ConnectionState.Connecting;

    /// <summary>Where the data comes from (the server URL, or the embedded database).</summary>
    public string? ServerDescription { get; init; }

    /// <summary>Why the connection failed, shown with the retry key.</summary>
    public string? ConnectionError { get; init; }

    /// <summary>A one-off message for the footer (an unknown jump command, say); cleared by the next key.</summary>
    public string? Notice { get; init; }

    /// <summary>What the data did lately (changed on the server, refreshed, live updates lost); cleared by the next key.</summary>
    public string? Status { get; init; }

    /// <summary>Counts the corpus changes seen; a page loaded at an older version is refreshed when shown again.</summary>
    public int DataVersion { get; init; }

    /// <summary>True once the browser waits for the corpus's changes.</summary>
    public bool Listening { get; init; }

    /// <summary>The last left click (what it hit and when, in milliseconds), to tell a double click.</summary>
    public (ScreenSpot Spot, long At)? LastClick { get; init; }

    /// <summary>Timer ticks while something loads (the spinner's frame).</summary>
    public int Tick { get; init; }

    public ListPane ListOf(ListTab tab) => Lists.TryGetValue(tab, out ListPane? pane) ? pane : ListPane.NotLoaded;

    public ListPane CurrentList => ListOf(Tab);

    public ListShape ShapeOf(ListTab tab) => Shapes.TryGetValue(tab, out ListShape? shape) ? shape : ListShape.Default;

    public ImmutableList<string> HistoryOf(InputMode mode) => PromptHistory.TryGetValue(mode, out ImmutableList<string>? lines) ? lines : [];

    public BrowserState WithList(ListTab tab, ListPane pane) => this with { Lists = Lists.SetItem(tab, pane) };

    /// <summary>True when anything is being fetched (the spinner turns).</summary>
    public bool IsBusy =>
        Connection == ConnectionState.Connecting || Current?.Loading == true || Lists.Values.Any(l => l.Loading);

    /// <summary>Too narrow or short for two panes: the detail replaces the list.</summary>
    public bool SinglePane => Width < 70 || Height < 14;
}
