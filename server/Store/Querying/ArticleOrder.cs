using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store.Querying;

/// <summary>One ordering key for articles.</summary>
public sealed record ArticleOrder(
    ArticleOrderField Field,
    SortDirection Direction);
