using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary>
/// PostgreSQL's search finds what SQLite's FTS5 finds over the same seed corpus, in the same order, with the same
/// bm25 scores and snippets: whole words, prefixes, identifiers, authors, journals and years, and the any-word fallback.
/// </summary>
public sealed class SearchParityTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [SkippableTheory]
    [InlineData("osteoporosis")]
    [InlineData("NMN bone")]
    [InlineData("atopic dermatitis")]
    [InlineData("NAD+")]
    [InlineData("mice")]
    [InlineData("oxidative stress senescence")]
    [InlineData("osteoblast OR \"quoted\"")]
    [InlineData("nothing-matches-this-word")]
    [InlineData("osteo")]
    [InlineData("osteo*")]
    [InlineData("senescen")]
    [InlineData("senescence*")]
    [InlineData("NEAR")]
    [InlineData("lu 2023")]
    [InlineData("Lu et al. 2023")]
    [InlineData("Zreiqat")]
    [InlineData("zreiq")]
    [InlineData("gerontol 2023")]
    [InlineData("Journals of Gerontology")]
    [InlineData("36037105 osteoporosis")]
    [InlineData("https://doi.org/10.1093/gerona/glac175")]
    [InlineData("TNF-α")]
    [InlineData("Wuhan eczema")]
    [InlineData("osteoporosis zzzunknownword")]
    [InlineData("nicotinamide mononucleotide supplementation")]
    public async Task Both_engines_find_the_same_entities(string text)
    {
        await using NmnDatabase sqlite = await Db.SeededAsync(TestBackend.Sqlite, _directory);
        await using NmnDatabase postgres = await Db.SeededAsync(TestBackend.Postgres, _directory);
        IReadOnlyList<SearchHitRecord> expected = (await sqlite.Search.SearchAsync(text, new PageRequest(First: 500), CancellationToken.None)).Items;
        IReadOnlyList<SearchHitRecord> actual = (await postgres.Search.SearchAsync(text, new PageRequest(First: 500), CancellationToken.None)).Items;
        Assert.Equal(expected.Select(h => (h.Kind, h.EntityId)), actual.Select(h => (h.Kind, h.EntityId)));
        Assert.Equal(expected.Select(h => Math.Round(h.Score, 9)), actual.Select(h => Math.Round(h.Score, 9)));
        Assert.Equal(expected.Select(h => h.Snippet), actual.Select(h => h.Snippet));
        Assert.All(actual, h => Assert.Contains("[", h.Snippet, StringComparison.Ordinal));
        Assert.All(actual, h => Assert.Contains("]", h.Snippet, StringComparison.Ordinal));
    }
}
