namespace NmnGraph.Server.Store.Querying;

/// <summary>An inclusive date range; either end may be open.</summary>
public sealed record DateRange(
    DateOnly? From = null,
    DateOnly? To = null);
