using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>
/// The outcome of an import: the article, whether it was new (false: identical text already stored, nothing
/// written) and the studies its citations link, in text order.
/// </summary>
public sealed record ImportResult(ArticleRecord Article, bool Created, IReadOnlyList<CitedStudy> Studies)
{
    public int CitationsLinked => Studies.Count;
}
