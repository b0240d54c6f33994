namespace NmnGraph.Server.Api.Paging;

/// <summary>schema.graphql <c>PageInfo</c>.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
