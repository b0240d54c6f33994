namespace NmnGraph.Server.Domain;

/// <summary>A contiguous block of an article's text; <c>Text == article.Text[Start..End]</c>.</summary>
public sealed record BlockRecord(
    long ArticleId,
    int Index,
    BlockKind Kind,
    string Text,
    int Start,
    int End);
