using NmnGraph.Terminal.Input;

namespace NmnGraph.Tui.App;

/// <summary>The messages <see cref="BrowserProgram.Update"/> handles: input, ticks and the results of commands.</summary>
public abstract record BrowserMsg
{
    /// <summary>A key press (already decoded).</summary>
    public sealed record KeyPressed(KeyEvent Key) : BrowserMsg;

    /// <summary>A mouse press or wheel turn; <paramref name="At"/> (milliseconds) tells a double click.</summary>
    public sealed record Mouse(MouseEvent Event, long At) : BrowserMsg;

    /// <summary>The system opener was asked to open <paramref name="Url"/> (<paramref name="Opened"/>: it started).</summary>
    public sealed record UrlOpened(string Url, bool Opened) : BrowserMsg;

    /// <summary>Text pasted into the terminal.</summary>
    public sealed record Pasted(string Text) : BrowserMsg;

    public sealed record Resized(int Width, int Height) : BrowserMsg;

    /// <summary>The spinner's timer.</summary>
    public sealed record Tick : BrowserMsg;

    /// <summary>The server is ready (the embedded one has started); <paramref name="Description"/> says where it is.</summary>
    public sealed record Connected(string Description) : BrowserMsg;

    public sealed record ConnectFailed(string Error) : BrowserMsg;

    /// <summary>A page of a list tab's rows (what <paramref name="Fetch"/> asked for), or why it could not be loaded.</summary>
    public sealed record ListLoaded(ListTab Tab, ListFetch Fetch, IReadOnlyList<ListItem>? Items, int? TotalCount, string? Error, bool Unreachable) : BrowserMsg
    {
        public bool HasPrevious { get; init; }

        public bool HasNext { get; init; }

        /// <summary>The order and filter the rows were read in (a result for an older shape is dropped).</summary>
        public ListShape Shape { get; init; } = ListShape.Default;
    }

    /// <summary>The corpus changed on the server (a <c>corpusChanged</c> event, or a change seen by polling).</summary>
    public sealed record CorpusChanged(string Kind, DateTimeOffset At) : BrowserMsg;

    /// <summary>The live connection to <c>corpusChanged</c> was lost (<paramref name="Error"/>) and is being retried.</summary>
    public sealed record LiveLost(string Error) : BrowserMsg;

    /// <summary>The live connection is back; what changed meanwhile is unknown, so everything visible is refreshed.</summary>
    public sealed record LiveRestored : BrowserMsg;

    /// <summary>An entity's detail, or why it could not be loaded.</summary>
    public sealed record DetailLoaded(EntityRef Target, EntityDetail? Detail, string? Error, bool Unreachable) : BrowserMsg
    {
        /// <summary>The server answered that no such entity exists (nothing to retry).</summary>
        public bool NotFound { get; init; }
    }

    /// <summary>The list selection rested on <paramref name="Target"/> for the preview delay: show it in the detail pane.</summary>
    public sealed record PreviewDue(EntityRef Target) : BrowserMsg;

    /// <summary>A command failed unexpectedly.</summary>
    public sealed record Failed(string Error) : BrowserMsg;
}
