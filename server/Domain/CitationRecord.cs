namespace NmnGraph.Server.Domain;

/// <summary>Where an article cites a study: the citing words and their offsets.</summary>
public sealed record CitationRecord(
    long Id,
    long ArticleId,
    long StudyId,
    CitationMode Mode,
    string Text,
    int Start,
    int End);
