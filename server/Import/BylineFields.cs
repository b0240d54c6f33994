namespace NmnGraph.Server.Import;

/// <summary>
/// What <see cref="Byline"/> read from a line; any part may be missing. <see cref="AuthorAfterBy"/>: the author
/// followed "By" rather than the date.
/// </summary>
public sealed record BylineFields(DateOnly? Date, string? DateWritten, string? Author, bool AuthorAfterBy, string? Column);
