using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Tests.Store;

public class RepositoryTests : IAsyncLifetime
{
    /// <summary>The engine these tests run on; the Postgres subclass runs them on PostgreSQL.</summary>
    protected virtual TestBackend Backend => TestBackend.Sqlite;

    private readonly TempDirectory _directory = new();
    private NmnDatabase _database = null!;
    private ArticleRecord _bone = null!;
    private ArticleRecord _skin = null!;
    private StudyRecord _lu = null!;
    private StudyRecord _wuhan = null!;

    public async Task InitializeAsync()
    {
        _database = await Db.SeededAsync(Backend, _directory);
        _bone = (await _database.Articles.GetBySlugAsync("nmn-bone-formation", CancellationToken.None))!;
        _skin = (await _database.Articles.GetBySlugAsync("nmn-skin-atopic-dermatitis", CancellationToken.None))!;
        _lu = (await _database.Studies.GetBySlugAsync("lu-2023-gerona", CancellationToken.None))!;
        _wuhan = (await _database.Studies.GetBySlugAsync("wuhan-2023-intimmunopharmacol-nmn-atopic-dermatitis", CancellationToken.None))!;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _directory.Dispose();
    }

    [SkippableFact]
    public async Task Batch_loads_answer_every_requested_id_in_one_statement()
    {
        long before = _database.StatementCount;
        var mentions = await _database.Articles.GetMentionsByArticleIdsAsync([_bone.Id, _skin.Id, 999_999], CancellationToken.None);
        Assert.Equal(1, _database.StatementCount - before);
        Assert.Equal(24, mentions[_bone.Id].Count);
        Assert.Equal(22, mentions[_skin.Id].Count);
        Assert.Empty(mentions[999_999]);
        Assert.Equal(mentions[_bone.Id].OrderBy(m => m.Start).Select(m => m.Id), mentions[_bone.Id].Select(m => m.Id));

        var byId = await _database.Articles.GetByIdsAsync([_skin.Id, _bone.Id, _bone.Id, 424242], CancellationToken.None);
        Assert.Equal(2, byId.Count);
        Assert.Equal("nmn-skin-atopic-dermatitis", byId[_skin.Id].Slug);
    }

    [SkippableFact]
    public async Task Article_cross_references_load_in_every_direction()
    {
        long[] ids = [_bone.Id, _skin.Id];
        var claims = await _database.Articles.GetClaimPagesAsync(ids, new PageRequest(), CancellationToken.None);
        Assert.Equal((24, 24), (claims[_bone.Id].Items.Count, claims[_bone.Id].TotalCount));
        Assert.Equal("bone-headline-nmn-promotes-bone-formation", claims[_bone.Id].Items[0].Slug);
        var studies = await _database.Articles.GetStudiesByArticleIdsAsync(ids, CancellationToken.None);
        Assert.Equal([_lu.Id], studies[_bone.Id].Select(s => s.Id));
        Assert.Equal([_wuhan.Id], studies[_skin.Id].Select(s => s.Id));
        var citations = await _database.Articles.GetCitationsByArticleIdsAsync(ids, CancellationToken.None);
        Assert.Equal([CitationMode.Described, CitationMode.FormalReference], citations[_bone.Id].Select(c => c.Mode));
        var corrections = await _database.Articles.GetCorrectionsByArticleIdsAsync(ids, CancellationToken.None);
        Assert.Equal(11, corrections[_bone.Id].Count);
        Assert.Equal(3, corrections[_skin.Id].Count);
        var topics = await _database.Articles.GetTopicsByArticleIdsAsync(ids, CancellationToken.None);
        Assert.Contains(topics[_bone.Id], t => t.Slug == "bone-osteoporosis");
        Assert.DoesNotContain(topics[_bone.Id], t => t.Slug == "skin-atopic-dermatitis");
        var captions = await _database.Articles.GetBlocksByArticleIdsAsync(ids, BlockKind.Caption, CancellationToken.None);
        Assert.Equal(2, captions[_bone.Id].Count);
        Assert.Empty(captions[_skin.Id]);
    }

    [SkippableFact]
    public async Task Study_and_claim_and_topic_cross_references_load_in_every_direction()
    {
        long[] studyIds = [_lu.Id, _wuhan.Id];
        var citedBy = await _database.Studies.GetCitedByPagesAsync(studyIds, new PageRequest(), CancellationToken.None);
        Assert.Equal([_bone.Id], citedBy[_lu.Id].Items.Select(a => a.Id));
        var studyClaims = await _database.Studies.GetClaimPagesAsync(studyIds, new PageRequest(), CancellationToken.None);
        var studyEvidence = await _database.Studies.GetEvidenceByStudyIdsAsync(studyIds, CancellationToken.None);
        Assert.Equal(studyEvidence[_lu.Id].Select(e => e.ClaimId).Distinct().Count(), studyClaims[_lu.Id].TotalCount);
        var studyCitations = await _database.Studies.GetCitationsByStudyIdsAsync(studyIds, CancellationToken.None);
        Assert.Equal(2, studyCitations[_wuhan.Id].Count);
        var studyTopics = await _database.Studies.GetTopicsByStudyIdsAsync(studyIds, CancellationToken.None);
        Assert.Equal(6, studyTopics[_lu.Id].Count);

        ClaimRecord headline = (await _database.Claims.GetBySlugAsync("bone-headline-nmn-promotes-bone-formation", CancellationToken.None))!;
        var evidence = await _database.Claims.GetEvidenceByClaimIdsAsync([headline.Id], CancellationToken.None);
        Assert.Equal([EvidenceLevel.AnimalModel, EvidenceLevel.InVitro], evidence[headline.Id].Select(e => e.Level));
        Assert.Equal([_bone.Id], (await _database.Claims.GetArticlePagesAsync([headline.Id], new PageRequest(), CancellationToken.None))[headline.Id].Items.Select(a => a.Id));
        Assert.Equal([_lu.Id], (await _database.Claims.GetStudiesByClaimIdsAsync([headline.Id], CancellationToken.None))[headline.Id].Select(s => s.Id));
        Assert.Single((await _database.Claims.GetMentionsByClaimIdsAsync([headline.Id], CancellationToken.None))[headline.Id]);

        TopicRecord bone = (await _database.Topics.GetBySlugAsync("bone-osteoporosis", CancellationToken.None))!;
        var children = await _database.Topics.GetChildrenByTopicIdsAsync([bone.Id], CancellationToken.None);
        Assert.Equal(["fracture-healing"], children[bone.Id].Select(t => t.Slug));
        Assert.Equal(19, (await _database.Topics.GetClaimPagesAsync([bone.Id], new PageRequest(), CancellationToken.None))[bone.Id].Items.Count);
        Assert.Equal([_lu.Id], (await _database.Topics.GetStudyPagesAsync([bone.Id], new PageRequest(), CancellationToken.None))[bone.Id].Items.Select(s => s.Id));
        Assert.Equal([_bone.Id], (await _database.Topics.GetArticlePagesAsync([bone.Id], new PageRequest(), CancellationToken.None))[bone.Id].Items.Select(a => a.Id));
        IReadOnlyList<TopicRecord> all = await _database.Topics.GetAllAsync(CancellationToken.None);
        Assert.Equal(8, all.Count);
        Assert.Null(all[0].ParentId);
        Assert.NotNull(all[^1].ParentId);
    }

    [SkippableFact]
    public async Task Paging_walks_forwards_and_backwards_with_counts()
    {
        var order = new[] { new ClaimOrder(ClaimOrderField.Statement, SortDirection.Ascending) };
        Page<ClaimRecord> all = await _database.Claims.ListAsync(null, order, new PageRequest(), CancellationToken.None);
        Assert.Equal(46, all.TotalCount);
        Assert.Equal(all.Items.Select(c => c.Statement).Order(StringComparer.OrdinalIgnoreCase), all.Items.Select(c => c.Statement));

        Page<ClaimRecord> first = await _database.Claims.ListAsync(null, order, new PageRequest(First: 10), CancellationToken.None);
        Assert.Equal((10, true, false), (first.Items.Count, first.HasNextPage, first.HasPreviousPage));
        Page<ClaimRecord> next = await _database.Claims.ListAsync(null, order, new PageRequest(First: 10, After: first.Positions[^1]), CancellationToken.None);
        Assert.Equal(all.Items.Skip(10).Take(10).Select(c => c.Id), next.Items.Select(c => c.Id));
        Assert.Equal((46, true, true), (next.TotalCount, next.HasNextPage, next.HasPreviousPage));
        Page<ClaimRecord> last = await _database.Claims.ListAsync(null, order, new PageRequest(Last: 4), CancellationToken.None);
        Assert.Equal(all.Items.TakeLast(4).Select(c => c.Id), last.Items.Select(c => c.Id));
        Assert.Equal((false, true), (last.HasNextPage, last.HasPreviousPage));
        Page<ClaimRecord> before = await _database.Claims.ListAsync(null, order, new PageRequest(Last: 3, Before: all.Positions[10]), CancellationToken.None);
        Assert.Equal(all.Items.Skip(7).Take(3).Select(c => c.Id), before.Items.Select(c => c.Id));
        Assert.Equal((true, true), (before.HasNextPage, before.HasPreviousPage));
        Page<ClaimRecord> atEnd = await _database.Claims.ListAsync(null, order, new PageRequest(First: 5, After: all.Positions[^1]), CancellationToken.None);
        Assert.Equal((0, false, true), (atEnd.Items.Count, atEnd.HasNextPage, atEnd.HasPreviousPage));
        Page<ClaimRecord> between = await _database.Claims.ListAsync(null, order, new PageRequest(After: all.Positions[4], Before: all.Positions[9]), CancellationToken.None);
        Assert.Equal(all.Items.Skip(5).Take(4).Select(c => c.Id), between.Items.Select(c => c.Id));
        await Assert.ThrowsAsync<StoreException>(() => _database.Claims.ListAsync(null, null, new PageRequest(First: -1), CancellationToken.None));
        StoreException foreign = await Assert.ThrowsAsync<StoreException>(() => _database.Claims.ListAsync(null, null, new PageRequest(First: 5, After: first.Positions[0]), CancellationToken.None));
        Assert.Equal("BAD_CURSOR", foreign.Code);
    }

    [Fact]
    public async Task Keyset_paging_walks_every_order_both_ways_and_meets_the_whole_list()
    {
        ArticleOrder[][] articleOrders = [[], [new(ArticleOrderField.Title, SortDirection.Descending)], [new(ArticleOrderField.PublishedOn, SortDirection.Ascending)]];
        foreach (ArticleOrder[] order in articleOrders)
        {
            await AssertWalksAsync((request, ct) => _database.Articles.ListAsync(null, order, request, ct), a => a.Id);
        }

        ClaimOrder[][] claimOrders = [[], [new(ClaimOrderField.Statement, SortDirection.Ascending)], [new(ClaimOrderField.EvidenceLevel, SortDirection.Descending)],
            [new(ClaimOrderField.EvidenceLevel, SortDirection.Ascending), new(ClaimOrderField.Statement, SortDirection.Descending)]];
        foreach (ClaimOrder[] order in claimOrders)
        {
            await AssertWalksAsync((request, ct) => _database.Claims.ListAsync(null, order, request, ct), c => c.Id);
        }

        await AssertWalksAsync((request, ct) => _database.Studies.ListAsync(null, [new StudyOrder(StudyOrderField.Year, SortDirection.Descending)], request, ct), s => s.Id);
        TopicRecord bone = (await _database.Topics.GetBySlugAsync("bone-osteoporosis", CancellationToken.None))!;
        await AssertWalksAsync(async (request, ct) => (await _database.Topics.GetClaimPagesAsync([bone.Id], request, ct))[bone.Id], c => c.Id);
        await AssertWalksAsync(async (request, ct) => (await _database.Articles.GetClaimPagesAsync([_bone.Id], request, ct))[_bone.Id], c => c.Id);
    }

    [Fact]
    public async Task Nested_pages_of_many_parents_match_the_pages_of_each_in_a_fixed_number_of_statements()
    {
        long[] ids = [_bone.Id, _skin.Id];
        var single = new Dictionary<long, Page<ClaimRecord>>();
        foreach (long id in ids)
        {
            single[id] = (await _database.Articles.GetClaimPagesAsync([id], new PageRequest(First: 3), CancellationToken.None))[id];
        }

        long before = _database.StatementCount;
        var both = await _database.Articles.GetClaimPagesAsync(ids, new PageRequest(First: 3), CancellationToken.None);
        Assert.Equal(2, _database.StatementCount - before);
        foreach (long id in ids)
        {
            Assert.Equal(single[id].Items.Select(c => c.Id), both[id].Items.Select(c => c.Id));
            Assert.Equal((single[id].TotalCount, true, false), (both[id].TotalCount, both[id].HasNextPage, both[id].HasPreviousPage));
        }

        // The next window of both, after the bone article's third claim, each from its own place in the order.
        var next = await _database.Articles.GetClaimPagesAsync(ids, new PageRequest(First: 3, After: single[_bone.Id].Positions[^1]), CancellationToken.None);
        var all = await _database.Articles.GetClaimPagesAsync([_bone.Id], new PageRequest(), CancellationToken.None);
        Assert.Equal(all[_bone.Id].Items.Skip(3).Take(3).Select(c => c.Id), next[_bone.Id].Items.Select(c => c.Id));
        Assert.True(next[_bone.Id].HasPreviousPage);
        var back = await _database.Articles.GetClaimPagesAsync(ids, new PageRequest(Last: 2, Before: all[_bone.Id].Positions[5]), CancellationToken.None);
        Assert.Equal(all[_bone.Id].Items.Skip(3).Take(2).Select(c => c.Id), back[_bone.Id].Items.Select(c => c.Id));
        Assert.Equal((true, true), (back[_bone.Id].HasNextPage, back[_bone.Id].HasPreviousPage));
    }

    /// <summary>Pages of 7 forwards and of 5 backwards each give the whole list, in order, with the right flags.</summary>
    private static async Task AssertWalksAsync<T>(Func<PageRequest, CancellationToken, Task<Page<T>>> list, Func<T, long> id)
    {
        Page<T> whole = await list(new PageRequest(), CancellationToken.None);
        Assert.True(whole.TotalCount > 1);
        Assert.Equal(whole.TotalCount, whole.Items.Count);

        var forwards = new List<long>();
        SortPosition? after = null;
        while (true)
        {
            Page<T> page = await list(new PageRequest(First: 7, After: after), CancellationToken.None);
            forwards.AddRange(page.Items.Select(id));
            Assert.Equal(whole.TotalCount, page.TotalCount);
            Assert.Equal(after is not null, page.HasPreviousPage);
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.Positions[^1];
        }

        var backwards = new List<long>();
        SortPosition? before = null;
        while (true)
        {
            Page<T> page = await list(new PageRequest(Last: 5, Before: before), CancellationToken.None);
            backwards.InsertRange(0, page.Items.Select(id));
            Assert.Equal(before is not null, page.HasNextPage);
            if (!page.HasPreviousPage)
            {
                break;
            }

            before = page.Positions[0];
        }

        Assert.Equal(whole.Items.Select(id), forwards);
        Assert.Equal(whole.Items.Select(id), backwards);
    }

    [SkippableFact]
    public async Task Filters_are_translated_to_sql()
    {
        Page<ClaimRecord> skinNmn = await _database.Claims.ListAsync(
            new ClaimFilter { Article = _skin.Id, AboutNmn = true }, null, new PageRequest(), CancellationToken.None);
        Assert.All(skinNmn.Items, c => Assert.True(c.AboutNmn));
        Assert.InRange(skinNmn.TotalCount!.Value, 1, 21);

        Page<ClaimRecord> either = await _database.Claims.ListAsync(
            new ClaimFilter { Or = [new ClaimFilter { EvidenceLevel = EvidenceLevel.InVitro }, new ClaimFilter { Kind = ClaimKind.Headline }] },
            null, new PageRequest(), CancellationToken.None);
        Assert.All(either.Items, c => Assert.True(c.EvidenceLevel == EvidenceLevel.InVitro || c.Kind == ClaimKind.Headline));
        Assert.Contains(either.Items, c => c.Kind == ClaimKind.Headline);

        Page<ClaimRecord> senescence = await _database.Claims.ListAsync(
            new ClaimFilter { Topic = "cellular-senescence", Study = _lu.Id }, null, new PageRequest(), CancellationToken.None);
        Assert.Equal(3, senescence.TotalCount);

        Page<ClaimRecord> percent = await _database.Claims.ListAsync(
            new ClaimFilter { Statement = new StringFilter(Contains: "%") }, null, new PageRequest(), CancellationToken.None);
        Assert.Equal(0, percent.TotalCount);

        Page<ClaimRecord> strongestFirst = await _database.Claims.ListAsync(null,
            [new ClaimOrder(ClaimOrderField.EvidenceLevel, SortDirection.Ascending)], new PageRequest(First: 1), CancellationToken.None);
        Assert.Equal(EvidenceLevel.AnimalModel, strongestFirst.Items[0].EvidenceLevel);

        Page<StudyRecord> unidentified = await _database.Studies.ListAsync(
            new StudyFilter { Verification = VerificationStatus.Unidentified, HasDoi = false }, null, new PageRequest(), CancellationToken.None);
        Assert.Equal([_wuhan.Id], unidentified.Items.Select(s => s.Id));
        Page<StudyRecord> journal = await _database.Studies.ListAsync(
            new StudyFilter { Journal = new StringFilter(StartsWith: "the journals of GERONTOLOGY"), Year = 2023 }, null, new PageRequest(), CancellationToken.None);
        Assert.Equal([_lu.Id], journal.Items.Select(s => s.Id));

        Page<ArticleRecord> newest = await _database.Articles.ListAsync(null, null, new PageRequest(), CancellationToken.None);
        Assert.Equal([_bone.Id, _skin.Id], newest.Items.Select(a => a.Id));
        Page<ArticleRecord> october = await _database.Articles.ListAsync(
            new ArticleFilter { PublishedOn = new DateRange(new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 31)) }, null, new PageRequest(), CancellationToken.None);
        Assert.Equal([_skin.Id], october.Items.Select(a => a.Id));
        Page<ArticleRecord> citing = await _database.Articles.ListAsync(
            new ArticleFilter { CitesStudy = _lu.Id, Text = new StringFilter(Contains: "OSTEOPOROTIC MICE") }, null, new PageRequest(), CancellationToken.None);
        Assert.Equal([_bone.Id], citing.Items.Select(a => a.Id));
        Page<ArticleRecord> byTopic = await _database.Articles.ListAsync(
            new ArticleFilter { Topic = "skin-aging-barrier", And = [new ArticleFilter { Title = new StringFilter(Eq: "nmn can prevent skin damage caused by inflammation") }] },
            [new ArticleOrder(ArticleOrderField.Title, SortDirection.Descending)], new PageRequest(), CancellationToken.None);
        Assert.Equal([_skin.Id], byTopic.Items.Select(a => a.Id));
        Page<ArticleRecord> cited = await _database.Studies.GetCitedByAsync(_wuhan.Id, new PageRequest(First: 5), CancellationToken.None);
        Assert.Equal(1, cited.TotalCount);
        Assert.Equal([_skin.Id], cited.Items.Select(a => a.Id));
    }

    [SkippableFact]
    public async Task A_page_of_fifty_cross_references_costs_a_constant_number_of_statements()
    {
        long before = _database.StatementCount;
        Page<ClaimRecord> page = await _database.Claims.ListAsync(null, null, new PageRequest(First: 50), CancellationToken.None);
        long[] ids = page.Items.Select(c => c.Id).ToArray();
        await _database.Claims.GetMentionsByClaimIdsAsync(ids, CancellationToken.None);
        await _database.Claims.GetEvidenceByClaimIdsAsync(ids, CancellationToken.None);
        await _database.Claims.GetTopicsByClaimIdsAsync(ids, CancellationToken.None);
        await _database.Claims.GetStudiesByClaimIdsAsync(ids, CancellationToken.None);
        await _database.Claims.GetArticlePagesAsync(ids, new PageRequest(First: 10), CancellationToken.None);
        Assert.Equal(46, ids.Length);
        Assert.Equal(2 + 4 + 2, _database.StatementCount - before);
    }

    [SkippableFact]
    public async Task Stats_count_the_corpus()
    {
        Assert.Equal(new CorpusStatsRecord(2, 2, 46, 46, 8), await _database.GetStatsAsync(CancellationToken.None));
    }
}
