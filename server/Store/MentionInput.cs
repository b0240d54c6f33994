namespace NmnGraph.Server.Store;

/// <summary>A mention to add: the article, the offsets and, when given, the quote the text must equal there.</summary>
public sealed record MentionInput(long ArticleId, int Start, int End, string? Quote = null);
