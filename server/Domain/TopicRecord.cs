namespace NmnGraph.Server.Domain;

/// <summary>A subject in the topic taxonomy.</summary>
public sealed record TopicRecord(
    long Id,
    string Slug,
    string Label,
    long? ParentId);
