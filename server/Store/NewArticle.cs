using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>
/// An article ready to store, as the importer read it: the text kept as given, the fields found in it (null when
/// not found), its blocks and the studies it cites. <see cref="CurationRepository.StoreArticleAsync"/> only stores it.
/// </summary>
public sealed record NewArticle(
    string Text,
    string? Title,
    string? Author,
    DateOnly? PublishedOn,
    string? Column,
    string? SourceUrl,
    IReadOnlyList<NewBlock> Blocks,
    IReadOnlyList<NewCitation> Citations);
