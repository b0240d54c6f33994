namespace NmnGraph.Tui.App;

/// <summary>What keys currently do: browse, type a search or a jump command, or read the help.</summary>
public enum InputMode
{
    Browse,
    Search,
    Command,
    Help,
}
