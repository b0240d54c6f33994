namespace NmnGraph.Server.Store.Querying;

/// <summary>One key of a <see cref="KeysetOrder"/>: an SQL expression that is never null, and its direction.</summary>
public sealed record SortKey(string Expression, bool Descending);
