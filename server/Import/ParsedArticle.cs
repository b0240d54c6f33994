namespace NmnGraph.Server.Import;

/// <summary>
/// What <see cref="ArticleTextParser"/> reads from an article text. A field it could not find is null, and its
/// source says so; <see cref="Text"/> is the text as given, which every offset indexes (UTF-16).
/// </summary>
public sealed record ParsedArticle(
    string Text,
    string? Title,
    FieldSource TitleSource,
    string? Author,
    FieldSource AuthorSource,
    DateOnly? PublishedOn,
    FieldSource DateSource,
    string? Column,
    FieldSource ColumnSource,
    IReadOnlyList<ParsedBlock> Blocks,
    IReadOnlyList<FoundIdentifier> Identifiers,
    string? Truncation)
{
    /// <summary>The caption blocks with the marker each starts with (<c>△</c>, <c>Figure</c>).</summary>
    public IEnumerable<(ParsedBlock Block, string Marker)> Captions =>
        Blocks.Where(b => b.Kind == Domain.BlockKind.Caption).Select(b => (b, CaptionMarker.Find(Text[b.Start..b.End]) ?? string.Empty));
}
