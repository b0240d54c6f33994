using NmnGraph.Terminal.Runtime;

namespace NmnGraph.Tui.App;

public sealed partial class BrowserProgram
{
    /// <summary><c>s</c>: the list's next order (after the last, the default again), read from the start.</summary>
    private (BrowserState, Command<BrowserMsg>?) CycleSort(BrowserState state)
    {
        IReadOnlyList<ListSort> sorts = ListSort.For(state.Tab);
        if (sorts.Count == 0)
        {
            return (state with { Notice = $"{state.Tab} have one order." }, null);
        }

        ListShape shape = state.ShapeOf(state.Tab);
        ListShape next = shape with { Sort = (shape.Sort + 1) % sorts.Count };
        return Reshape(state with { Status = "Sorted: " + sorts[next.Sort].Label + "." }, next);
    }

    /// <summary><c>f</c>: the filter prompt, holding the filter in force so that it can be edited.</summary>
    private (BrowserState, Command<BrowserMsg>?) OpenFilter(BrowserState state)
    {
        if (ListFilter.KeysFor(state.Tab).Count == 0)
        {
            return (state with { Notice = $"{(state.Tab == ListTab.Search ? "Search results" : state.Tab.ToString())} cannot be filtered; articles, studies and claims can." }, null);
        }

        string current = state.ShapeOf(state.Tab).Filter.ToText();
        return OpenPrompt(state, InputMode.Filter, current.Length == 0 ? current : current + " ");
    }

    /// <summary>Enter at the filter prompt: the list read again with the filter (an empty line clears it).</summary>
    private (BrowserState, Command<BrowserMsg>?) ApplyFilter(BrowserState state, string text)
    {
        (ListFilter? filter, string? error) = ListFilter.Parse(text, state.Tab);
        if (filter is null)
        {
            return (state with { Notice = error }, null);
        }

        ListShape shape = state.ShapeOf(state.Tab);
        if (filter == shape.Filter)
        {
            return (state, null);
        }

        return Reshape(state with { Status = filter.IsEmpty ? "Filter cleared." : "Filtered: " + filter.ToText() + "." }, shape with { Filter = filter });
    }

    /// <summary>The current tab in a new order or filter: its rows are read again from the first.</summary>
    private (BrowserState, Command<BrowserMsg>?) Reshape(BrowserState state, ListShape shape)
    {
        ListTab tab = state.Tab;
        state = state with { Shapes = shape.IsDefault ? state.Shapes.Remove(tab) : state.Shapes.SetItem(tab, shape), Focus = PaneFocus.List };
        ListPane pane = ListPane.NotLoaded with { Loading = true };
        return (state.WithList(tab, pane), LoadList(state, tab));
    }
}
