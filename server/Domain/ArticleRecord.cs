namespace NmnGraph.Server.Domain;

/// <summary>
/// An article (schema.graphql <c>Article</c>); <see cref="Text"/> is the full text that offsets index (UTF-16).
/// <see cref="Title"/> is null when the text has no title line.
/// </summary>
public sealed record ArticleRecord(
    long Id,
    string Slug,
    string? Title,
    string? Author,
    string? Publisher,
    DateOnly? PublishedOn,
    string? Column,
    string? SourceUrl,
    string Text,
    string ContentHash,
    DateTimeOffset ImportedAt);
