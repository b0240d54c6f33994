namespace NmnGraph.Server.Domain;

/// <summary>A search result: the entity, the passage with matches wrapped in brackets, and a score (higher is better).</summary>
public sealed record SearchHitRecord(
    EntityKind Kind,
    long EntityId,
    string Snippet,
    double Score);
