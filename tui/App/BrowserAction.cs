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

    /// <summary>Moves the selection (list) or between links and through the text (detail).</summary>
    Move,
}
