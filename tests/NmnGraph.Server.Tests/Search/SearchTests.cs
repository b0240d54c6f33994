using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Search;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Tests.Search;

public class SearchTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private NmnDatabase _database = null!;

    /// <summary>The engine these tests run on; the Postgres subclass runs them on PostgreSQL.</summary>
    protected virtual TestBackend Backend => TestBackend.Sqlite;

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
        IReadOnlyList<SearchHitRecord> hits = (await _database.Search.SearchAsync(text, new PageRequest(First: 20), CancellationToken.None)).Items;
        Assert.All(hits, h => Assert.False(string.IsNullOrEmpty(h.Snippet)));
        Assert.Equal(2, (await _database.GetStatsAsync(CancellationToken.None)).Articles);
    }

    [SkippableFact]
    public async Task Operators_are_matched_as_words()
    {
        // NEAR is an FTS operator; quoted it is only a word (a prefix: the corpus says "nearly").
        IReadOnlyList<SearchHitRecord> near = (await _database.Search.SearchAsync("NEAR", new PageRequest(First: 20), CancellationToken.None)).Items;
        Assert.NotEmpty(near);
        Assert.All(near, h => Assert.Contains("[nearly]", h.Snippet, StringComparison.Ordinal));
        IReadOnlyList<SearchHitRecord> hits = (await _database.Search.SearchAsync("\"osteoporosis\"", new PageRequest(First: 20), CancellationToken.None)).Items;
        Assert.NotEmpty(hits);
    }

    [SkippableFact]
    public async Task Results_are_ranked_with_highlighted_snippets()
    {
        IReadOnlyList<SearchHitRecord> hits = (await _database.Search.SearchAsync("osteoporosis", new PageRequest(First: 50), CancellationToken.None)).Items;
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
        IReadOnlyList<SearchHitRecord> hits = (await _database.Search.SearchAsync("Wuhan eczema", new PageRequest(First: 20), CancellationToken.None)).Items;
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
        IReadOnlyList<SearchHitRecord> hits = (await _database.Search.SearchAsync("osteoporosis zzzunknownword", new PageRequest(First: 20), CancellationToken.None)).Items;
        Assert.NotEmpty(hits);
    }

    [SkippableFact]
    public async Task A_new_claim_is_searchable_and_a_deleted_one_is_not()
    {
        ClaimRecord claim = await _database.Curation.AddClaimAsync(
            new NewClaim("Quokkas respond to NMN", ClaimKind.Extrapolation, true, [], [], []), CancellationToken.None);
        SearchHitRecord hit = Assert.Single((await _database.Search.SearchAsync("quokkas", new PageRequest(First: 5), CancellationToken.None)).Items);
        Assert.Equal(claim.Id, hit.EntityId);
        Assert.Equal("[Quokkas] respond to NMN", hit.Snippet);
        await _database.Curation.DeleteAsync(EntityKind.Claim, claim.Id, CancellationToken.None);
        Assert.Empty((await _database.Search.SearchAsync("quokkas", new PageRequest(First: 5), CancellationToken.None)).Items);
    }

    [SkippableFact]
    public void Query_words_are_quoted_prefix_phrases_and_identifiers_are_recognised()
    {
        Assert.Equal([new SearchWord("a\"b", WordMatch.Prefix), new SearchWord("NEAR(x", WordMatch.Prefix)], SearchQuery.Parse("a\"b - NEAR(x *").Words);
        Assert.Equal("\"a\"\"b\"*", new SearchWord("a\"b", WordMatch.Prefix).Phrase(prefix: true));
        SearchQuery query = SearchQuery.Parse("https://doi.org/10.1093/GERONA/glac175 PMID: 36037105 osteo* 2023 Zreiqat");
        Assert.Equal(["10.1093/GERONA/glac175"], query.Dois);
        Assert.Equal(["36037105", "2023"], query.Pmids);
        Assert.Equal(
            [
                new SearchWord("10.1093/GERONA/glac175", WordMatch.Whole), new SearchWord("36037105", WordMatch.Whole),
                new SearchWord("osteo", WordMatch.Prefix), new SearchWord("2023", WordMatch.Whole), new SearchWord("Zreiqat", WordMatch.WholeIfIndexed),
            ],
            query.Words);
    }

    [SkippableTheory]
    [InlineData("Zreiqat")]
    [InlineData("zreiq")]
    [InlineData("lu 2023")]
    [InlineData("Lu et al. 2023")]
    [InlineData("Journals of Gerontology")]
    [InlineData("gerontol 2023")]
    public async Task The_lu_study_is_found_by_author_label_journal_and_year(string text)
    {
        StudyRecord lu = (await _database.Studies.GetBySlugAsync("lu-2023-gerona", CancellationToken.None))!;
        Page<SearchHitRecord> page = await _database.Search.SearchAsync(text, new PageRequest(First: 5), CancellationToken.None);
        Assert.Contains(page.Items, h => h.Kind == EntityKind.Study && h.EntityId == lu.Id);
    }

    [SkippableFact]
    public async Task Lu_2023_ranks_the_study_first()
    {
        StudyRecord lu = (await _database.Studies.GetBySlugAsync("lu-2023-gerona", CancellationToken.None))!;
        SearchHitRecord first = (await _database.Search.SearchAsync("lu 2023", new PageRequest(First: 5), CancellationToken.None)).Items[0];
        Assert.Equal((EntityKind.Study, lu.Id), (first.Kind, first.EntityId));
        Assert.StartsWith("[Lu] et al. [2023]", first.Snippet, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("osteo")]
    [InlineData("osteo*")]
    [InlineData("OSTEO")]
    public async Task A_word_matches_as_a_prefix(string text)
    {
        Page<SearchHitRecord> page = await _database.Search.SearchAsync(text, new PageRequest(First: 100), CancellationToken.None);
        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, h => Assert.Matches(@"\[(?i:osteo)\w*\]", h.Snippet));
        Assert.Contains(page.Items, h => h.Snippet.Contains("[Osteoblast", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(page.Items, h => h.Snippet.Contains("[osteoporo", StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task A_word_the_index_holds_matches_whole_and_a_starred_one_as_a_prefix()
    {
        // "senescence" is a term; "senescent" is another one, found only by the prefix "senescen".
        Page<SearchHitRecord> whole = await _database.Search.SearchAsync("senescence", new PageRequest(First: 100), CancellationToken.None);
        Assert.All(whole.Items, h => Assert.DoesNotContain("[senescent]", h.Snippet, StringComparison.OrdinalIgnoreCase));
        Page<SearchHitRecord> prefix = await _database.Search.SearchAsync("senescen", new PageRequest(First: 100), CancellationToken.None);
        Assert.Contains(prefix.Items, h => h.Snippet.Contains("[senescent]", StringComparison.OrdinalIgnoreCase));
        Page<SearchHitRecord> starred = await _database.Search.SearchAsync("senescence*", new PageRequest(First: 100), CancellationToken.None);
        Assert.True(starred.TotalCount >= whole.TotalCount);
    }

    [SkippableFact]
    public async Task Beyond_the_ranking_window_the_remaining_matches_follow_newest_first_and_paging_stays_whole()
    {
        await using NmnDatabase small = await NmnDatabase.OpenAsync(_database.Path, new NmnDatabaseOptions { SearchRankingWindow = 3 }, CancellationToken.None);
        Page<SearchHitRecord> all = await small.Search.SearchAsync("nmn", new PageRequest(First: 100), CancellationToken.None);
        Assert.True(all.TotalCount > 10, $"expected more than 10 hits, got {all.TotalCount}");
        Assert.Equal(all.TotalCount, all.Items.Count);
        Assert.Equal(all.Items.Count, all.Items.Select(h => (h.Kind, h.EntityId)).Distinct().Count());

        // The first three are the three newest index rows, best first; the rest newest first.
        static long RowId(SearchHitRecord h) => h.EntityId * 4 + h.Kind switch { EntityKind.Article => 1, EntityKind.Study => 2, _ => 3 };
        long[] rows = [.. all.Items.Select(RowId)];
        Assert.Equal(rows.Order().TakeLast(3).Order(), rows.Take(3).Order());
        Assert.Equal(all.Items.Take(3).OrderByDescending(h => h.Score).ThenBy(RowId), all.Items.Take(3));
        Assert.Equal(rows.Skip(3).OrderDescending(), rows.Skip(3));

        var paged = new List<SearchHitRecord>();
        for (SortPosition? after = null; paged.Count < all.TotalCount;)
        {
            Page<SearchHitRecord> page = await small.Search.SearchAsync("nmn", new PageRequest(First: 2, After: after), CancellationToken.None);
            Assert.NotEmpty(page.Items);
            paged.AddRange(page.Items);
            after = page.Positions[^1];
        }

        Assert.Equal(all.Items, paged);
    }

    [SkippableFact]
    public async Task An_exact_identifier_comes_first_and_the_rest_pages_after_it_without_repeats()
    {
        StudyRecord lu = (await _database.Studies.GetBySlugAsync("lu-2023-gerona", CancellationToken.None))!;
        Page<SearchHitRecord> all = await _database.Search.SearchAsync("36037105 osteoporosis", new PageRequest(First: 100), CancellationToken.None);
        Assert.Equal((EntityKind.Study, lu.Id, SearchRepository.ExactIdentifierScore), (all.Items[0].Kind, all.Items[0].EntityId, all.Items[0].Score));
        Assert.Equal("PMID [36037105] Lu et al. 2023, J Gerontol A: " + lu.Title, all.Items[0].Snippet);
        Assert.Equal(all.TotalCount, all.Items.Count);
        Assert.True(all.TotalCount > 3);
        Assert.Equal(all.Items.Count, all.Items.Select(h => (h.Kind, h.EntityId)).Distinct().Count());

        var paged = new List<SearchHitRecord>();
        SortPosition? after = null;
        while (true)
        {
            Page<SearchHitRecord> page = await _database.Search.SearchAsync("36037105 osteoporosis", new PageRequest(First: 2, After: after), CancellationToken.None);
            Assert.Equal(all.TotalCount, page.TotalCount);
            Assert.Equal(after is not null, page.HasPreviousPage);
            paged.AddRange(page.Items);
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.Positions[^1];
        }

        Assert.Equal(all.Items, paged);
        Page<SearchHitRecord> last = await _database.Search.SearchAsync("36037105 osteoporosis", new PageRequest(Last: 2), CancellationToken.None);
        Assert.Equal(all.Items.TakeLast(2), last.Items);
    }
}
