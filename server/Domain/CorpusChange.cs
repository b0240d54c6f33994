namespace NmnGraph.Server.Domain;

/// <summary>A committed change to the corpus, raised after the transaction commits.</summary>
public sealed record CorpusChange(
    ChangeKind Kind,
    EntityKind Entity,
    long Id,
    DateTimeOffset At);
