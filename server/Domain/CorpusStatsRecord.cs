namespace NmnGraph.Server.Domain;

/// <summary>Counts of what the corpus holds.</summary>
public sealed record CorpusStatsRecord(
    int Articles,
    int Studies,
    int Claims,
    int Mentions,
    int Topics);
