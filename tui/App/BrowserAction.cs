namespace NmnGraph.Tui.App;

/// <summary>What a key does in the browser; <see cref="BrowserKeyMap"/> says which keys do it and where.</summary>
public enum BrowserAction
{
    Quit,
    Help,
    Search,
    Jump,
    Refresh,
    SwitchPane,
    Back,
    Forward,
    NextTab,
    PreviousTab,
    ChooseTab,
    Open,

    /// <summary>Cycles the list's order through those the API offers.</summary>
    Sort,

    /// <summary>Opens the list's filter prompt.</summary>
    Filter,

    /// <summary>Copies the selected link's URL or DOI, or the page's (or row's) DOI, URL or slug, through OSC 52.</summary>
    Copy,

    /// <summary>Opens the selected link's URL (or the page's) with the system opener.</summary>
    OpenLink,

    /// <summary>At a prompt: completes the word before the cursor.</summary>
    Complete,

    /// <summary>At a prompt: the previous or next line entered there.</summary>
    History,

    /// <summary>Moves the selection (list) or between links and through the text (detail).</summary>
    Move,
}
