using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Import;

/// <summary>
/// What an import would do (<c>import --dry-run</c>): the article already stored with the same text, or else each
/// citation with the stored study it would link (null: the import would create an identifier-only study).
/// </summary>
public sealed record ImportPreview(ArticleRecord? AlreadyStored, IReadOnlyList<(NewCitation Citation, StudyRecord? Existing)> Citations);
