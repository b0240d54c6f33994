namespace NmnGraph.Tui.App;

/// <summary>
/// Tags of the detail pane's links that lead out of the corpus: <c>url:https://…</c> and <c>doi:10.…</c> (entity links
/// are <see cref="EntityRef.ToTag"/>). <c>o</c> or Enter opens them, <c>y</c> copies them.
/// </summary>
public static class LinkTags
{
    private const string UrlPrefix = "url:";
    private const string DoiPrefix = "doi:";

    public static string Url(string url) => UrlPrefix + url;

    public static string Doi(string doi) => DoiPrefix + doi;

    public static string DoiUrl(string doi) => "https://doi.org/" + doi;

    public static string PubMedUrl(string pmid) => "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";

    public static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https";

    /// <summary>What <c>y</c> copies for a tag: the URL, the DOI, or an entity's key; null for no tag.</summary>
    public static string? CopyText(string? tag) => tag switch
    {
        null => null,
        _ when tag.StartsWith(UrlPrefix, StringComparison.Ordinal) => tag[UrlPrefix.Length..],
        _ when tag.StartsWith(DoiPrefix, StringComparison.Ordinal) => tag[DoiPrefix.Length..],
        _ => EntityRef.FromTag(tag)?.Key,
    };

    /// <summary>The web address a tag opens (a DOI through doi.org), or null for entity links.</summary>
    public static string? OpenUrl(string? tag) => tag switch
    {
        null => null,
        _ when tag.StartsWith(UrlPrefix, StringComparison.Ordinal) => tag[UrlPrefix.Length..],
        _ when tag.StartsWith(DoiPrefix, StringComparison.Ordinal) => DoiUrl(tag[DoiPrefix.Length..]),
        _ => null,
    };
}
