namespace NmnGraph.Tui.App;

/// <summary>What keys currently do: browse, type a search, a jump command or a list filter, or read the help.</summary>
public enum InputMode
{
    Browse,
    Search,
    Command,

    /// <summary>The <c>f</c> prompt: the current list's filter.</summary>
    Filter,
    Help,
}
