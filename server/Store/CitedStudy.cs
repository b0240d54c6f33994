using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>A study an import linked: the identifiers the article gave, the stored study and whether the import created it.</summary>
public sealed record CitedStudy(string? Doi, string? Pmid, StudyRecord Study, bool Created);
