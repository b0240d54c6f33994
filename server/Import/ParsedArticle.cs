namespace NmnGraph.Server.Import;

/// <summary>What <see cref="ArticleTextParser"/> reads from an article text.</summary>
public sealed record ParsedArticle(
    string Text,
    string Title,
    string? Author,
    DateOnly? PublishedOn,
    string? Column,
    IReadOnlyList<ParsedBlock> Blocks);
