namespace NmnGraph.Server.Store.Querying;

/// <summary>
/// One page of a list: the items, the offset of the first one (item <c>i</c> has cursor offset
/// <c>StartOffset + i</c>), the size of the whole filtered list and whether more lies on either side.
/// </summary>
public sealed record Page<T>(
    IReadOnlyList<T> Items,
    int StartOffset,
    int TotalCount,
    bool HasNextPage,
    bool HasPreviousPage);
