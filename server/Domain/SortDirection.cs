namespace NmnGraph.Server.Domain;

/// <summary>Sort direction of an ordering.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}
