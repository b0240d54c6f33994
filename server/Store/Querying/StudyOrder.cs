using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store.Querying;

/// <summary>One ordering key for studies.</summary>
public sealed record StudyOrder(
    StudyOrderField Field,
    SortDirection Direction);
