using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Api.Paging;

/// <summary>A page of a list as a Relay connection (<c>ArticleConnection</c>, <c>StudyConnection</c>, <c>ClaimConnection</c>, <c>TopicConnection</c>…).</summary>
public sealed class Connection<T>
{
    public Connection(Page<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Nodes = page.Items;
        Edges = [.. page.Items.Select((item, i) => new Edge<T>(Cursor.Encode(page.Positions[i]), item))];
        PageInfo = new PageInfo(
            page.HasNextPage,
            page.HasPreviousPage,
            Edges.Count > 0 ? Edges[0].Cursor : null,
            Edges.Count > 0 ? Edges[^1].Cursor : null);
        TotalCount = page.TotalCount;
    }

    public IReadOnlyList<Edge<T>> Edges { get; }

    public IReadOnlyList<T> Nodes { get; }

    public PageInfo PageInfo { get; }

    /// <summary>Null only when the selection did not ask for it (<see cref="PageRequest.CountTotal"/>).</summary>
    public int? TotalCount { get; }
}
