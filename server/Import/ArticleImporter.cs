using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Import;

/// <summary>
/// Reads article texts and hands the store what it read: parsing lives here, storing in
/// <see cref="CurationRepository.StoreArticleAsync"/>.
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
        _database.Curation.StoreArticleAsync(Read(text, sourceUrl), cancellationToken);

    /// <summary>What <see cref="ImportAsync"/> would hand the store, without storing it.</summary>
    /// <exception cref="StoreException">code BAD_ARTICLE: the text cannot be read as an article.</exception>
    public static NewArticle Read(string text, string? sourceUrl)
    {
        ParsedArticle parsed;
        try
        {
            parsed = ArticleTextParser.Parse(text);
        }
        catch (ArticleFormatException exception)
        {
            throw new StoreException("BAD_ARTICLE", exception.Message);
        }

        var citations = new List<NewCitation>();
        foreach (ParsedBlock reference in parsed.Blocks.Where(b => b.Kind == BlockKind.Reference))
        {
            string referenceText = parsed.Text[reference.Start..reference.End];
            int start = reference.Start + referenceText.IndexOfAny([':', '：']) + 1;
            while (start < reference.End && char.IsWhiteSpace(parsed.Text[start]))
            {
                start++;
            }

            foreach (string doi in DoiText.FindAll(referenceText))
            {
                citations.Add(new NewCitation(doi, null, CitationMode.FormalReference, start, reference.End, null));
            }
        }

        return new NewArticle(parsed.Text, parsed.Title, parsed.Author, parsed.PublishedOn, parsed.Column, sourceUrl,
            [.. parsed.Blocks.Select(b => new NewBlock(b.Kind, b.Start, b.End))], citations);
    }
}
