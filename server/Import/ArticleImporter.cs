using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Import;

/// <summary>
/// Reads article texts and hands the store what it read: parsing and the choice of citations live here, storing in
/// <see cref="CurationRepository.StoreArticleAsync"/>. Every DOI or PMID in the text cites a study: the stored one
/// with that identifier, else an <see cref="IdentifierOnlyStudy"/>.
/// </summary>
public sealed class ArticleImporter
{
    private readonly NmnDatabase _database;

    public ArticleImporter(NmnDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Parses <paramref name="text"/> and stores it; an identical text already stored is left as it is.</summary>
    /// <exception cref="StoreException">code BAD_ARTICLE: the text cannot be read as an article.</exception>
    public Task<ImportResult> ImportAsync(string text, string? sourceUrl, CancellationToken cancellationToken) =>
        StoreAsync(Parse(text), sourceUrl, cancellationToken);

    /// <summary>Stores a parsed article.</summary>
    public Task<ImportResult> StoreAsync(ParsedArticle parsed, string? sourceUrl, CancellationToken cancellationToken) =>
        _database.Curation.StoreArticleAsync(ToNewArticle(parsed, sourceUrl), cancellationToken);

    /// <summary>What <see cref="StoreAsync"/> would do, read from the store without writing.</summary>
    public async Task<ImportPreview> PreviewAsync(ParsedArticle parsed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArticleRecord? stored = await _database.Articles.GetByContentHashAsync(CurationRepository.ContentHash(parsed.Text), cancellationToken).ConfigureAwait(false);
        var citations = new List<(NewCitation, StudyRecord?)>();
        if (stored is null)
        {
            foreach (NewCitation citation in ToNewArticle(parsed, null).Citations)
            {
                StudyRecord? study = citation.Doi is { } doi ? await _database.Studies.GetByDoiAsync(doi, cancellationToken).ConfigureAwait(false) : null;
                if (study is null && citation.Pmid is { } pmid)
                {
                    study = await _database.Studies.GetByPmidAsync(pmid, cancellationToken).ConfigureAwait(false);
                }

                citations.Add((citation, study));
            }
        }

        return new ImportPreview(stored, citations);
    }

    /// <summary>Parses an article text, turning a format error into the store's BAD_ARTICLE error.</summary>
    /// <exception cref="StoreException">code BAD_ARTICLE: the text cannot be read as an article.</exception>
    public static ParsedArticle Parse(string text)
    {
        try
        {
            return ArticleTextParser.Parse(text);
        }
        catch (ArticleFormatException exception)
        {
            throw new StoreException("BAD_ARTICLE", exception.Message);
        }
    }

    /// <summary>
    /// The record the store receives. A <c>Reference:</c> line cites with its words after the label, once per study
    /// (a DOI and a PMID on one line are one study); an identifier elsewhere cites with the identifier itself, unless a
    /// reference line already cites it.
    /// </summary>
    public static NewArticle ToNewArticle(ParsedArticle parsed, string? sourceUrl)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var citations = new List<NewCitation>();
        var cited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var inReferences = new HashSet<FoundIdentifier>();
        foreach (ParsedBlock reference in parsed.Blocks.Where(b => b.Kind == BlockKind.Reference))
        {
            List<FoundIdentifier> found = [.. parsed.Identifiers.Where(i => i.Start >= reference.Start && i.End <= reference.End)];
            inReferences.UnionWith(found);
            int start = reference.Start + parsed.Text[reference.Start..reference.End].IndexOfAny([':', '：']) + 1;
            while (start < reference.End && char.IsWhiteSpace(parsed.Text[start]))
            {
                start++;
            }

            List<string> dois = [.. found.Where(i => i.Kind == IdentifierKind.Doi).Select(i => i.Value).Distinct(StringComparer.OrdinalIgnoreCase)];
            List<string> pmids = [.. found.Where(i => i.Kind == IdentifierKind.Pmid).Select(i => i.Value).Distinct(StringComparer.Ordinal)];
            if (dois.Count <= 1 && pmids.Count <= 1)
            {
                Add(dois.FirstOrDefault(), pmids.FirstOrDefault(), start, reference.End);
            }
            else
            {
                dois.ForEach(doi => Add(doi, null, start, reference.End));
                pmids.ForEach(pmid => Add(null, pmid, start, reference.End));
            }
        }

        foreach (FoundIdentifier identifier in parsed.Identifiers.Where(i => !inReferences.Contains(i)))
        {
            bool isDoi = identifier.Kind == IdentifierKind.Doi;
            Add(isDoi ? identifier.Value : null, isDoi ? null : identifier.Value, identifier.Start, identifier.End);
        }

        citations.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new NewArticle(parsed.Text, parsed.Title, parsed.Author, parsed.PublishedOn, parsed.Column, sourceUrl,
            [.. parsed.Blocks.Select(b => new NewBlock(b.Kind, b.Start, b.End))], citations);

        void Add(string? doi, string? pmid, int start, int end)
        {
            bool doiNew = doi is not null && cited.Add("doi:" + doi);
            bool pmidNew = pmid is not null && cited.Add("pmid:" + pmid);
            if (doiNew || pmidNew)
            {
                citations.Add(new NewCitation(doi, pmid, CitationMode.FormalReference, start, end, IdentifierOnlyStudy.For(doi, pmid)));
            }
        }
    }
}
