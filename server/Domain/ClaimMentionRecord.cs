namespace NmnGraph.Server.Domain;

/// <summary>The exact words of an article stating a claim; <c>Quote == article.Text[Start..End]</c>.</summary>
public sealed record ClaimMentionRecord(
    long Id,
    long ClaimId,
    long ArticleId,
    string Quote,
    int Start,
    int End);
