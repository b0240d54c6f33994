using NmnGraph.Server.Domain;
using NmnGraph.Server.Search;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Tests.Search;

public class SearchTests : IAsyncLifetime
{
    /// <summary>The engine these tests run on; the Postgres subclass runs them on PostgreSQL.</summary>
    protected virtual TestBackend Backend => TestBackend.Sqlite;

    private readonly TempDirectory _directory = new();
    private NmnDatabase _database = null!;

    public async Task InitializeAsync() => _database = await Db.SeededAsync(Backend, _directory);

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _directory.Dispose();
    }

    [SkippableTheory]
    [InlineData("\"")]
    [InlineData("\"unbalanced quote")]
    [InlineData("osteo*")]
    [InlineData("-bone")]
    [InlineData("NEAR(bone skin)")]
    [InlineData("title:bone")]
    [InlineData("(((")]
    [InlineData(")")]
    [InlineData("bone AND OR NOT")]
    [InlineData("^bone + {skin}")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("* - : ( ) \"")]
    [InlineData("TNF-α")]
    public async Task Hostile_queries_never_fail(string text)
    {
        IReadOnlyList<SearchHitRecord> hits = await _database.Search.SearchAsync(text, 20, CancellationToken.None);
        Assert.All(hits, h => Assert.False(string.IsNullOrEmpty(h.Snippet)));
        Assert.Equal(2, (await _database.GetStatsAsync(CancellationToken.None)).Articles);
    }

    [SkippableFact]
    public async Task Operators_are_matched_as_words()
    {
        // NEAR is an FTS operator; quoted it is only a word, which the corpus does not contain.
        Assert.Empty(await _database.Search.SearchAsync("NEAR", 20, CancellationToken.None));
        IReadOnlyList<SearchHitRecord> hits = await _database.Search.SearchAsync("\"osteoporosis\"", 20, CancellationToken.None);
        Assert.NotEmpty(hits);
    }

    [SkippableFact]
    public async Task Results_are_ranked_with_highlighted_snippets()
    {
        IReadOnlyList<SearchHitRecord> hits = await _database.Search.SearchAsync("osteoporosis", 50, CancellationToken.None);
        Assert.Contains(hits, h => h.Kind == EntityKind.Article);
        Assert.Contains(hits, h => h.Kind == EntityKind.Claim);
        Assert.Contains(hits, h => h.Kind == EntityKind.Study);
        Assert.All(hits, h => Assert.Contains("[osteoporosis]", h.Snippet, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Score), hits.Select(h => h.Score));
        Assert.All(hits, h => Assert.True(h.Score > 0));
    }

    [SkippableFact]
    public async Task Hits_point_at_existing_entities()
    {
        IReadOnlyList<SearchHitRecord> hits = await _database.Search.SearchAsync("Wuhan eczema", 20, CancellationToken.None);
        Assert.NotEmpty(hits);
        foreach (SearchHitRecord hit in hits)
        {
            bool exists = hit.Kind switch
            {
                EntityKind.Article => await _database.Articles.GetByIdAsync(hit.EntityId, CancellationToken.None) is not null,
                EntityKind.Study => await _database.Studies.GetByIdAsync(hit.EntityId, CancellationToken.None) is not null,
                _ => await _database.Claims.GetByIdAsync(hit.EntityId, CancellationToken.None) is not null,
            };
            Assert.True(exists);
        }
    }

    [SkippableFact]
    public async Task When_no_result_has_every_word_any_word_may_match()
    {
        IReadOnlyList<SearchHitRecord> hits = await _database.Search.SearchAsync("osteoporosis zzzunknownword", 20, CancellationToken.None);
        Assert.NotEmpty(hits);
    }

    [SkippableFact]
    public async Task A_new_claim_is_searchable_and_a_deleted_one_is_not()
    {
        ClaimRecord claim = await _database.Curation.AddClaimAsync(
            new NewClaim("Quokkas respond to NMN", ClaimKind.Extrapolation, true, [], [], []), CancellationToken.None);
        SearchHitRecord hit = Assert.Single(await _database.Search.SearchAsync("quokkas", 5, CancellationToken.None));
        Assert.Equal(claim.Id, hit.EntityId);
        Assert.Equal("[Quokkas] respond to NMN", hit.Snippet);
        await _database.Curation.DeleteAsync(EntityKind.Claim, claim.Id, CancellationToken.None);
        Assert.Empty(await _database.Search.SearchAsync("quokkas", 5, CancellationToken.None));
    }

    [SkippableFact]
    public void Query_words_are_quoted_phrases()
    {
        Assert.Equal(["\"a\"\"b\"", "\"NEAR(x\""], SearchQuery.Phrases("a\"b - NEAR(x *"));
    }
}
