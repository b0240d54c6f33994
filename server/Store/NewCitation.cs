using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>
/// A study a <see cref="NewArticle"/> cites by identifier, with the citing words (UTF-16 offsets into the text).
/// The store links the stored study with that DOI or PMID, or stores <see cref="IfUnknown"/> when there is none
/// (no citation when that is null).
/// </summary>
public sealed record NewCitation(string? Doi, string? Pmid, CitationMode Mode, int Start, int End, StudyRecord? IfUnknown);
