using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Tests.Corpus;

public sealed class SeedCorpusTests
{
    [Fact]
    public async Task New_database_holds_the_whole_seed_corpus()
    {
        using var directory = new TempDirectory();
        string path = directory.File("seeded.db");
        await using NmnDatabase database = await Db.SeededAsync(directory);
        CorpusStatsRecord stats = await database.GetStatsAsync(CancellationToken.None);
        Assert.Equal(new CorpusStatsRecord(2, 2, 46, 46, 8), stats);
        Assert.Equal(14, Db.Scalar(path, "SELECT count(*) FROM corrections"));
        Assert.Equal(4, Db.Scalar(path, "SELECT count(*) FROM citations"));
        Assert.Equal(1, Db.Scalar(path, "SELECT count(*) FROM topics WHERE parent_id IS NOT NULL"));
        Db.AssertConsistent(path);
    }

    [Fact]
    public async Task Every_offset_matches_the_article_text()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        Page<ArticleRecord> articles = await database.Articles.ListAsync(null, null, new PageRequest(), CancellationToken.None);
        long[] ids = articles.Items.Select(a => a.Id).ToArray();
        var mentions = await database.Articles.GetMentionsByArticleIdsAsync(ids, CancellationToken.None);
        var blocks = await database.Articles.GetBlocksByArticleIdsAsync(ids, null, CancellationToken.None);
        var corrections = await database.Articles.GetCorrectionsByArticleIdsAsync(ids, CancellationToken.None);
        var citations = await database.Articles.GetCitationsByArticleIdsAsync(ids, CancellationToken.None);
        int checkedQuotes = 0;
        foreach (ArticleRecord article in articles.Items)
        {
            foreach (ClaimMentionRecord mention in mentions[article.Id])
            {
                Assert.Equal(mention.Quote, article.Text.Substring(mention.Start, mention.End - mention.Start));
                checkedQuotes++;
            }

            foreach (BlockRecord block in blocks[article.Id])
            {
                Assert.Equal(block.Text, article.Text.Substring(block.Start, block.End - block.Start));
            }

            foreach (CorrectionRecord correction in corrections[article.Id])
            {
                Assert.Equal(correction.Original, article.Text.Substring(correction.Start, correction.End - correction.Start));
            }

            foreach (CitationRecord citation in citations[article.Id])
            {
                Assert.Equal(citation.Text, article.Text.Substring(citation.Start, citation.End - citation.Start));
            }
        }

        Assert.Equal(46, checkedQuotes);
    }

    [Fact]
    public async Task Every_cross_reference_resolves()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        Page<ClaimRecord> claims = await database.Claims.ListAsync(null, null, new PageRequest(), CancellationToken.None);
        long[] claimIds = claims.Items.Select(c => c.Id).ToArray();
        var mentions = await database.Claims.GetMentionsByClaimIdsAsync(claimIds, CancellationToken.None);
        var evidence = await database.Claims.GetEvidenceByClaimIdsAsync(claimIds, CancellationToken.None);
        var topics = await database.Claims.GetTopicsByClaimIdsAsync(claimIds, CancellationToken.None);
        var articles = await database.Articles.GetByIdsAsync(mentions.Values.SelectMany(m => m).Select(m => m.ArticleId).ToList(), CancellationToken.None);
        var studies = await database.Studies.GetByIdsAsync(evidence.Values.SelectMany(e => e).Select(e => e.StudyId).ToList(), CancellationToken.None);
        foreach (ClaimRecord claim in claims.Items)
        {
            Assert.NotEmpty(mentions[claim.Id]);
            Assert.All(mentions[claim.Id], m => Assert.True(articles.ContainsKey(m.ArticleId)));
            Assert.All(evidence[claim.Id], e => Assert.True(studies.ContainsKey(e.StudyId)));
            Assert.NotEmpty(topics[claim.Id]);
        }

        Assert.Equal(2, studies.Count);
        IReadOnlyList<TopicRecord> allTopics = await database.Topics.GetAllAsync(CancellationToken.None);
        Assert.All(allTopics.Where(t => t.ParentId is not null), t => Assert.Contains(allTopics, p => p.Id == t.ParentId));
    }

    [Fact]
    public async Task Lu_study_is_verified_with_its_metadata()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        StudyRecord? study = await database.Studies.GetByDoiAsync("10.1093/GERONA/glac175", CancellationToken.None);
        Assert.NotNull(study);
        Assert.Equal("lu-2023-gerona", study.Slug);
        Assert.Equal(VerificationStatus.Verified, study.Verification.Status);
        Assert.Equal("36037105", study.Pmid);
        Assert.Equal((2023, "78", "2", "186-194"), (study.Year!.Value, study.Volume!, study.Issue!, study.Pages!));
        Assert.Equal(13, study.Authors.Count);
        Assert.Equal("ZuFu Lu", study.Authors[0]);
        Assert.False(study.Design.HumanTrial);
        Assert.Equal([EvidenceLevel.InVitro, EvidenceLevel.AnimalModel], study.EvidenceLevels);
    }

    [Fact]
    public async Task Skin_study_is_unidentified_and_not_completed_from_guesswork()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        StudyRecord? study = await database.Studies.GetBySlugAsync("wuhan-2023-intimmunopharmacol-nmn-atopic-dermatitis", CancellationToken.None);
        Assert.NotNull(study);
        Assert.Equal(VerificationStatus.Unidentified, study.Verification.Status);
        Assert.Null(study.Title);
        Assert.Null(study.Doi);
        Assert.Null(study.Pmid);
        Assert.Null(study.Year);
        Assert.Empty(study.Authors);
        Assert.Equal("International Immunopharmacology", study.Journal);
    }

    [Theory]
    [InlineData("bone-headline-nmn-promotes-bone-formation", EvidenceLevel.AnimalModel, EvidenceVerification.VerifiedAgainstAbstract)]
    [InlineData("bone-publication-sydney-gerontology-feb-2023", EvidenceLevel.NotApplicable, null)]
    [InlineData("bone-nmn-delays-human-bone-cell-aging", EvidenceLevel.InVitro, EvidenceVerification.VerifiedAgainstAbstract)]
    [InlineData("bone-paves-way-osteoporosis-method", EvidenceLevel.AnimalModel, EvidenceVerification.VerifiedAgainstAbstract)]
    [InlineData("skin-headline-nmn-prevents-inflammatory-skin-damage", EvidenceLevel.AnimalModel, EvidenceVerification.ArticleOnly)]
    [InlineData("skin-bg-skin-largest-organ", EvidenceLevel.NoneBackground, null)]
    [InlineData("skin-nmn-reverses-eczema-and-skin-aging", EvidenceLevel.NoneExtrapolation, null)]
    [InlineData("skin-nmn-limits-ros-root-cause-skin-aging", EvidenceLevel.NoneMechanisticSpeculation, null)]
    public async Task Claim_level_is_curated_and_says_how_far_its_evidence_was_checked(string slug, EvidenceLevel expected, EvidenceVerification? verification)
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        ClaimRecord? claim = await database.Claims.GetBySlugAsync(slug, CancellationToken.None);
        Assert.NotNull(claim);
        Assert.Equal((expected, true), (claim.EvidenceLevel, claim.EvidenceLevelCurated));
        var evidence = await database.Claims.GetEvidenceByClaimIdsAsync([claim.Id], CancellationToken.None);
        Assert.Equal(verification, EvidenceRules.LevelVerification(claim.EvidenceLevel, evidence[claim.Id]));
    }

    [Fact]
    public async Task Seed_texts_are_the_shipped_files_verbatim()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        ArticleRecord? bone = await database.Articles.GetBySlugAsync("nmn-bone-formation", CancellationToken.None);
        ArticleRecord? skin = await database.Articles.GetBySlugAsync("nmn-skin-atopic-dermatitis", CancellationToken.None);
        Assert.NotNull(bone);
        Assert.NotNull(skin);
        Assert.Equal(3663, bone.Text.Length);
        Assert.Equal(2713, skin.Text.Length);
        Assert.Equal(new DateOnly(2023, 11, 6), bone.PublishedOn);
        Assert.Equal(("GSHWORLD", "Product News"), (bone.Author!, bone.Column!));
        Assert.Null(skin.Author);
        Assert.StartsWith("NMN promotes bone formation\n", bone.Text, StringComparison.Ordinal);
    }
}
