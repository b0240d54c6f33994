using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store.Search;

/// <summary>
/// Paging of search results. A ranking has no sort key a row keeps from one search to the next, so a search
/// cursor holds the hit's place in the ranking (<c>["rank", n]</c>) rather than a keyset position.
/// </summary>
internal static class RankWindow
{
    public const string OrderTag = "rank";

    /// <summary>The places <c>[start, end)</c> of the requested window in a ranking of <paramref name="total"/> hits.</summary>
    /// <exception cref="StoreException">BAD_PAGE for a negative size, BAD_CURSOR for a cursor of another list.</exception>
    public static (int Start, int End) Of(PageRequest request, int total)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.First < 0 || request.Last < 0)
        {
            throw new StoreException("BAD_PAGE", "first and last must not be negative.");
        }

        int start = Math.Clamp(request.After is { } after ? Place(after, "after") + 1 : 0, 0, total);
        int end = Math.Clamp(request.Before is { } before ? Place(before, "before") : total, start, total);
        if (request.First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (request.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        return (start, end);
    }

    /// <summary>The positions of <paramref name="count"/> hits from place <paramref name="start"/> on.</summary>
    public static IReadOnlyList<SortPosition> Positions(int start, int count) =>
        [.. Enumerable.Range(start, count).Select(place => new SortPosition(OrderTag, [(long)place]))];

    private static int Place(SortPosition position, string argument) =>
        position is { OrderTag: OrderTag, Values: [long place] } && place is >= 0 and <= int.MaxValue
            ? (int)place
            : throw new StoreException("BAD_CURSOR", $"The cursor given for {argument} belongs to another list or order.");
}
