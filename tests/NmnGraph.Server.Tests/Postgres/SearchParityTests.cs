using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary>PostgreSQL's full-text search finds what SQLite's FTS5 finds, over the same seed corpus.</summary>
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
    public async Task Both_engines_find_the_same_entities(string text)
    {
        await using NmnDatabase sqlite = await Db.SeededAsync(TestBackend.Sqlite, _directory);
        await using NmnDatabase postgres = await Db.SeededAsync(TestBackend.Postgres, _directory);
        IReadOnlyList<SearchHitRecord> expected = (await sqlite.Search.SearchAsync(text, new PageRequest(First: 500), CancellationToken.None)).Items;
        IReadOnlyList<SearchHitRecord> actual = (await postgres.Search.SearchAsync(text, new PageRequest(First: 500), CancellationToken.None)).Items;
        Assert.Equal(
            expected.Select(h => (h.Kind, h.EntityId)).Order().ToList(),
            actual.Select(h => (h.Kind, h.EntityId)).Order().ToList());
        Assert.All(actual, h => Assert.Contains("[", h.Snippet, StringComparison.Ordinal));
        Assert.All(actual, h => Assert.Contains("]", h.Snippet, StringComparison.Ordinal));
    }
}
