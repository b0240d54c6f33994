using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>The outcome of an import: the article and whether it was new (false: identical text already stored).</summary>
public sealed record ImportResult(ArticleRecord Article, bool Created, int CitationsLinked);
