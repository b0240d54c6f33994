namespace NmnGraph.Tui.App;

/// <summary>The kinds of things the browser shows in its detail pane.</summary>
public enum EntityKind
{
    Article,
    Study,
    Claim,
    Topic,
}
