namespace NmnGraph.Server.Store.Querying;

/// <summary>
/// One page of a list: the items with their positions in the list's order (what cursors encode), the size of
/// the whole filtered list (null when the request did not ask for it, <see cref="PageRequest.CountTotal"/>) and
/// whether more lies on either side.
/// </summary>
public sealed record Page<T>(
    IReadOnlyList<T> Items,
    IReadOnlyList<SortPosition> Positions,
    int? TotalCount,
    bool HasNextPage,
    bool HasPreviousPage)
{
    public static Page<T> Empty { get; } = new([], [], 0, false, false);
}
