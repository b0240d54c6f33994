using System.Globalization;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Import;

/// <summary>
/// One-line accounts of an import for the operator: what the parser found and where
/// (<c>title: line 3 (after boilerplate) "…", date: line 4 (date line) Mar 5, 2024 → 2024-03-05, author: not found</c>)
/// and which studies the citations link or create.
/// </summary>
public static class ImportReport
{
    public static string Fields(ParsedArticle parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var captions = parsed.Captions.ToList();
        string captionText = captions.Count == 0
            ? "captions: none"
            : $"captions: {captions.Count} ({string.Join(", ", captions.Select(c => c.Marker).Distinct(StringComparer.Ordinal))})";
        string? iso = parsed.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string date = iso is null
            ? Missing("date", parsed.DateSource)
            : $"date: line {parsed.DateSource.Line} ({parsed.DateSource.Rule}) {(parsed.DateSource.Written == iso ? iso : $"{parsed.DateSource.Written} → {iso}")}";
        return string.Join(", ",
            Field("title", parsed.Title, parsed.TitleSource),
            date,
            Field("author", parsed.Author, parsed.AuthorSource),
            Field("column", parsed.Column, parsed.ColumnSource),
            captionText,
            parsed.Truncation is { } cut ? $"ending: truncated ({cut})" : "ending: complete");
    }

    public static string Studies(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Studies.Count == 0
            ? "studies: no DOI or PMID in the text"
            : "studies: " + string.Join(", ", result.Studies.Select(s =>
                $"{Identifier(s.Doi, s.Pmid)} → '{s.Study.Slug}' ({(s.Created ? "created, " + EnumText.ToText(s.Study.Verification.Status).ToLowerInvariant() : "linked")})"));
    }

    public static string Studies(ImportPreview? preview, ParsedArticle parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (preview is null)
        {
            IReadOnlyList<NewCitation> citations = ArticleImporter.ToNewArticle(parsed, null).Citations;
            return citations.Count == 0
                ? "studies: no DOI or PMID in the text"
                : "studies (not looked up, no database): " + string.Join(", ", citations.Select(c => Identifier(c.Doi, c.Pmid)));
        }

        return preview.Citations.Count == 0
            ? "studies: no DOI or PMID in the text"
            : "studies: " + string.Join(", ", preview.Citations.Select(c => c.Existing is { } study
                ? $"{Identifier(c.Citation.Doi, c.Citation.Pmid)} → would link '{study.Slug}'"
                : $"{Identifier(c.Citation.Doi, c.Citation.Pmid)} → would create '{c.Citation.IfUnknown?.Slug}' (unverified, identifier only)"));
    }

    private static string Field(string name, string? value, FieldSource source) =>
        value is null ? Missing(name, source) : $"{name}: line {source.Line} ({source.Rule}) \"{value}\"";

    private static string Missing(string name, FieldSource source) => source.Line is { } line
        ? $"{name}: not found (line {line}: {source.Rule}{(source.Written is { } written ? $" \"{written}\"" : string.Empty)})"
        : $"{name}: {source.Rule}";

    private static string Identifier(string? doi, string? pmid) =>
        string.Join(" + ", new[] { doi is null ? null : $"doi:{doi}", pmid is null ? null : $"PMID {pmid}" }.OfType<string>());
}
