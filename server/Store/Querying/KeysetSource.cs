namespace NmnGraph.Server.Store.Querying;

/// <summary>
/// A list to page by keyset: the columns of its rows, where they come from (<paramref name="FromWhere"/> ends in a
/// <c>WHERE</c> condition), their order and the parameters the filter bound. For lists of many parents at once,
/// <paramref name="ParentColumn"/> names the parent and <paramref name="FromWhere"/> holds <c>{ids}</c>.
/// </summary>
internal sealed record KeysetSource(
    string Columns,
    string FromWhere,
    KeysetOrder Order,
    SqlParameters Parameters,
    string? ParentColumn = null);
