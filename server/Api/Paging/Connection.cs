using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Api.Paging;

/// <summary>A page of a list as a Relay connection (<c>ArticleConnection</c>, <c>StudyConnection</c>, <c>ClaimConnection</c>, <c>TopicConnection</c>…).</summary>
public sealed class Connection<T>
{
    private readonly Page<T> _page;
    private IReadOnlyList<Edge<T>>? _edges;
    private PageInfo? _pageInfo;

    public Connection(Page<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        _page = page;
        Nodes = page.Items;
        TotalCount = page.TotalCount;
    }

    /// <summary>The edges, with their cursors encoded when first asked for: most selections take only the nodes.</summary>
    public IReadOnlyList<Edge<T>> Edges => _edges ??= [.. _page.Items.Select((item, i) => new Edge<T>(Cursor.Encode(_page.Positions[i]), item))];

    public IReadOnlyList<T> Nodes { get; }

    public PageInfo PageInfo => _pageInfo ??= new PageInfo(
        _page.HasNextPage,
        _page.HasPreviousPage,
        _page.Positions.Count > 0 ? Cursor.Encode(_page.Positions[0]) : null,
        _page.Positions.Count > 0 ? Cursor.Encode(_page.Positions[^1]) : null);

    /// <summary>Null only when the selection did not ask for it (<see cref="PageRequest.CountTotal"/>).</summary>
    public int? TotalCount { get; }
}
