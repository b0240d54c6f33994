using System.Collections.Immutable;

namespace NmnGraph.Tui.App;

/// <summary>
/// The history as it was before a page was opened: the page then on screen (null: none), whether it was pushed onto
/// Back, and the Forward list the opening cleared. A failed open puts all three back, so it leaves no trace.
/// </summary>
public sealed record OpenedFrom(Page? Previous, bool Pushed, ImmutableList<Page> Forward, PaneFocus Focus);
