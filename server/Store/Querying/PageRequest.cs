namespace NmnGraph.Server.Store.Querying;

/// <summary>
/// A window of a list in Relay terms: cursors are positions in the list's order. Neither First nor Last:
/// everything between the cursors.
/// </summary>
public sealed record PageRequest(
    int? First = null,
    SortPosition? After = null,
    int? Last = null,
    SortPosition? Before = null)
{
    /// <summary>Whether to count the whole list (<see cref="Page{T}.TotalCount"/>): a statement of its own, left out when nobody asks.</summary>
    public bool CountTotal { get; init; } = true;
}
