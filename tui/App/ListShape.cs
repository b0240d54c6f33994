namespace NmnGraph.Tui.App;

/// <summary>How a list tab is shaped: which of its <see cref="ListSort"/> orders (an index) and which filter.</summary>
public sealed record ListShape(int Sort, ListFilter Filter)
{
    public static ListShape Default { get; } = new(0, ListFilter.None);

    public bool IsDefault => Sort == 0 && Filter.IsEmpty;

    /// <summary>What the pane title adds: <c>oldest first · topic:bone-osteoporosis</c>; empty for the default shape.</summary>
    public string Describe(ListTab tab)
    {
        var parts = new List<string>();
        if (Sort > 0 && Sort < ListSort.For(tab).Count)
        {
            parts.Add(ListSort.For(tab)[Sort].Label);
        }

        if (!Filter.IsEmpty)
        {
            parts.Add(Filter.ToText());
        }

        return string.Join(" · ", parts);
    }
}
