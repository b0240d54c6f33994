using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store.Querying;

/// <summary>One ordering key for claims; evidence level ascending means strongest first.</summary>
public sealed record ClaimOrder(
    ClaimOrderField Field,
    SortDirection Direction);
