namespace NmnGraph.Server.Domain;

/// <summary>A suspected transcription error: <c>Original == article.Text[Start..End]</c>.</summary>
public sealed record CorrectionRecord(
    long Id,
    string Slug,
    long ArticleId,
    string Original,
    string LikelyIntended,
    int Start,
    int End,
    Confidence Confidence,
    string? Rationale);
