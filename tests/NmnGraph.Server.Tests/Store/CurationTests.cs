using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Tests.Store;

public sealed class CurationTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly List<CorpusChange> _changes = [];
    private NmnDatabase _database = null!;
    private ArticleRecord _bone = null!;
    private StudyRecord _lu = null!;

    public async Task InitializeAsync()
    {
        _database = await Db.SeededAsync(_directory);
        _database.Changed += (_, change) => _changes.Add(change);
        _bone = (await _database.Articles.GetBySlugAsync("nmn-bone-formation", CancellationToken.None))!;
        _lu = (await _database.Studies.GetBySlugAsync("lu-2023-gerona", CancellationToken.None))!;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Add_claim_with_a_mention_checked_against_the_text()
    {
        int start = _bone.Text.IndexOf("bone healing", StringComparison.Ordinal);
        ClaimRecord claim = await _database.Curation.AddClaimAsync(new NewClaim(
            "  NMN helps bones heal.  ", ClaimKind.StudyFinding, true,
            [new MentionInput(_bone.Id, start, start + 12, "bone healing")], ["fracture-healing"], ["Only in mice.", " "]), CancellationToken.None);
        Assert.Equal(("nmn-helps-bones-heal", "NMN helps bones heal.", EvidenceLevel.None), (claim.Slug, claim.Statement, claim.EvidenceLevel));
        Assert.Equal(["Only in mice."], claim.Caveats);
        ClaimMentionRecord mention = Assert.Single((await _database.Claims.GetMentionsByClaimIdsAsync([claim.Id], CancellationToken.None))[claim.Id]);
        Assert.Equal("bone healing", mention.Quote);
        Assert.Equal(["fracture-healing"], (await _database.Claims.GetTopicsByClaimIdsAsync([claim.Id], CancellationToken.None))[claim.Id].Select(t => t.Slug));
        Assert.Equal([new CorpusChange(ChangeKind.Created, EntityKind.Claim, claim.Id, _changes[0].At)], _changes);

        ClaimRecord again = await _database.Curation.AddClaimAsync(new NewClaim("NMN helps bones heal!", ClaimKind.StudyFinding, true, [], [], []), CancellationToken.None);
        Assert.Equal("nmn-helps-bones-heal-2", again.Slug);
    }

    [Theory]
    [InlineData(-1, 5, null, "BAD_OFFSETS")]
    [InlineData(5, 5, null, "BAD_OFFSETS")]
    [InlineData(0, 99_999, null, "BAD_OFFSETS")]
    [InlineData(0, 3, "XYZ", "QUOTE_MISMATCH")]
    public async Task Bad_mentions_are_refused_and_nothing_is_written(int start, int end, string? quote, string code)
    {
        string path = _directory.File("seeded.db");
        long claims = Db.Scalar(path, "SELECT count(*) FROM claims");
        StoreException error = await Assert.ThrowsAsync<StoreException>(() => _database.Curation.AddClaimAsync(
            new NewClaim("A claim", ClaimKind.Background, false, [new MentionInput(_bone.Id, start, end, quote)], [], []), CancellationToken.None));
        Assert.Equal(code, error.Code);
        Assert.Equal(claims, Db.Scalar(path, "SELECT count(*) FROM claims"));
        Assert.Empty(_changes);
    }

    [Fact]
    public async Task Unknown_references_are_refused()
    {
        Assert.Equal("NOT_FOUND", (await Assert.ThrowsAsync<StoreException>(() => _database.Curation.AddClaimAsync(
            new NewClaim("A claim", ClaimKind.Background, false, [], ["no-such-topic"], []), CancellationToken.None))).Code);
        Assert.Equal("NOT_FOUND", (await Assert.ThrowsAsync<StoreException>(() => _database.Curation.AddMentionAsync(
            12345, new MentionInput(_bone.Id, 0, 3), CancellationToken.None))).Code);
        Assert.Equal("NOT_FOUND", (await Assert.ThrowsAsync<StoreException>(() => _database.Curation.AddClaimAsync(
            new NewClaim("A claim", ClaimKind.Background, false, [new MentionInput(777, 0, 3)], [], []), CancellationToken.None))).Code);
        Assert.Equal("BAD_INPUT", (await Assert.ThrowsAsync<StoreException>(() => _database.Curation.AddClaimAsync(
            new NewClaim("   ", ClaimKind.Background, false, [], [], []), CancellationToken.None))).Code);
        Assert.Empty(_changes);
    }

    [Fact]
    public async Task Linking_and_unlinking_evidence_recomputes_the_claim_level()
    {
        ClaimRecord claim = await _database.Curation.AddClaimAsync(new NewClaim("NMN is great", ClaimKind.Extrapolation, true, [], [], []), CancellationToken.None);
        ClaimRecord linked = await _database.Curation.LinkEvidenceAsync(new EvidenceLink(claim.Id, _lu.Id, Stance.Overstates, EvidenceLevel.AnimalModel), CancellationToken.None);
        Assert.Equal(EvidenceLevel.None, linked.EvidenceLevel);
        linked = await _database.Curation.LinkEvidenceAsync(new EvidenceLink(claim.Id, _lu.Id, Stance.PartiallySupports, EvidenceLevel.InVitro, "cells"), CancellationToken.None);
        Assert.Equal(EvidenceLevel.None, linked.EvidenceLevel); // article-only evidence does not count
        linked = await _database.Curation.LinkEvidenceAsync(new EvidenceLink(claim.Id, _lu.Id, Stance.PartiallySupports, EvidenceLevel.InVitro, "cells",
            EvidenceVerification.VerifiedAgainstAbstract), CancellationToken.None);
        Assert.Equal((EvidenceLevel.InVitro, false), (linked.EvidenceLevel, linked.EvidenceLevelCurated));
        // Same claim, study and level: the link is updated, not duplicated; it stays article-only, so the level does not rise.
        linked = await _database.Curation.LinkEvidenceAsync(new EvidenceLink(claim.Id, _lu.Id, Stance.Supports, EvidenceLevel.AnimalModel, "mice"), CancellationToken.None);
        Assert.Equal(EvidenceLevel.InVitro, linked.EvidenceLevel);
        linked = await _database.Curation.LinkEvidenceAsync(new EvidenceLink(claim.Id, _lu.Id, Stance.Supports, EvidenceLevel.AnimalModel, "mice",
            EvidenceVerification.SecondarySummary), CancellationToken.None);
        Assert.Equal(EvidenceLevel.AnimalModel, linked.EvidenceLevel);
        Assert.Equal(2, (await _database.Claims.GetEvidenceByClaimIdsAsync([claim.Id], CancellationToken.None))[claim.Id].Count);

        ClaimRecord unlinked = await _database.Curation.UnlinkEvidenceAsync(claim.Id, _lu.Id, CancellationToken.None);
        Assert.Equal(EvidenceLevel.None, unlinked.EvidenceLevel);
        Assert.Empty((await _database.Claims.GetEvidenceByClaimIdsAsync([claim.Id], CancellationToken.None))[claim.Id]);
        Assert.Equal("NOT_FOUND", (await Assert.ThrowsAsync<StoreException>(() => _database.Curation.UnlinkEvidenceAsync(claim.Id, _lu.Id, CancellationToken.None))).Code);
        Assert.Equal([ChangeKind.Created, .. Enumerable.Repeat(ChangeKind.Updated, 6)], _changes.Select(c => c.Kind));
    }

    [Theory]
    [InlineData(EvidenceLevel.HumanTrial, "has no human trial")]
    [InlineData(EvidenceLevel.HumanObservational, "has no human observational data")]
    public async Task Linking_a_level_the_study_design_cannot_give_is_refused_and_stores_nothing(EvidenceLevel level, string reason)
    {
        ClaimRecord claim = (await _database.Claims.GetBySlugAsync("bone-headline-nmn-promotes-bone-formation", CancellationToken.None))!;
        string path = _directory.File("seeded.db");
        long before = Db.Scalar(path, "SELECT count(*) FROM evidence");
        StoreException refused = await Assert.ThrowsAsync<StoreException>(() => _database.Curation.LinkEvidenceAsync(
            new EvidenceLink(claim.Id, _lu.Id, Stance.Supports, level, null, EvidenceVerification.VerifiedAgainstAbstract), CancellationToken.None));
        Assert.Equal("LEVEL_NOT_IN_DESIGN", refused.Code);
        Assert.Contains($"cannot give {EnumText.ToText(level)} evidence: its design {reason}", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, Db.Scalar(path, "SELECT count(*) FROM evidence"));
        Assert.Empty(_changes);
    }

    [Fact]
    public async Task A_study_without_an_animal_model_or_cells_cannot_give_those_levels()
    {
        StudyRecord study = _lu with { Design = _lu.Design with { Animal = null, InVitro = null, HumanTrial = true } };
        Assert.Contains("has no animal model", EvidenceRules.DesignRefusal(study, EvidenceLevel.AnimalModel), StringComparison.Ordinal);
        Assert.Contains("has no in vitro experiment", EvidenceRules.DesignRefusal(study, EvidenceLevel.InVitro), StringComparison.Ordinal);
        Assert.Null(EvidenceRules.DesignRefusal(study, EvidenceLevel.HumanTrial));
        Assert.Null(EvidenceRules.DesignRefusal(_lu, EvidenceLevel.AnimalModel));
        Assert.Null(EvidenceRules.DesignRefusal(_lu, EvidenceLevel.NoneExtrapolation));
    }

    [Fact]
    public async Task A_curated_level_wins_until_it_is_cleared()
    {
        ClaimRecord claim = await _database.Curation.AddClaimAsync(new NewClaim("NMN repairs bones", ClaimKind.Extrapolation, true, [], [], []), CancellationToken.None);
        await _database.Curation.LinkEvidenceAsync(new EvidenceLink(claim.Id, _lu.Id, Stance.Supports, EvidenceLevel.InVitro, null,
            EvidenceVerification.VerifiedAgainstAbstract), CancellationToken.None);
        ClaimRecord curated = await _database.Curation.UpdateClaimAsync(new ClaimUpdate(claim.Id, ChangesEvidenceLevel: true, EvidenceLevel: EvidenceLevel.NoneExtrapolation), CancellationToken.None);
        Assert.Equal((EvidenceLevel.NoneExtrapolation, true), (curated.EvidenceLevel, curated.EvidenceLevelCurated));
        ClaimRecord kept = await _database.Curation.UpdateClaimAsync(new ClaimUpdate(claim.Id, Statement: "NMN may repair bones"), CancellationToken.None);
        Assert.Equal((EvidenceLevel.NoneExtrapolation, true), (kept.EvidenceLevel, kept.EvidenceLevelCurated));
        ClaimRecord computed = await _database.Curation.UpdateClaimAsync(new ClaimUpdate(claim.Id, ChangesEvidenceLevel: true), CancellationToken.None);
        Assert.Equal((EvidenceLevel.InVitro, false), (computed.EvidenceLevel, computed.EvidenceLevelCurated));
    }

    [Fact]
    public async Task Update_claim_changes_only_the_given_fields()
    {
        ClaimRecord before = (await _database.Claims.GetBySlugAsync("bone-nmn-delays-human-bone-cell-aging", CancellationToken.None))!;
        ClaimRecord after = await _database.Curation.UpdateClaimAsync(new ClaimUpdate(before.Id, Kind: ClaimKind.Mechanistic, Topics: ["nad-metabolism"]), CancellationToken.None);
        Assert.Equal((before.Statement, ClaimKind.Mechanistic, before.EvidenceLevel), (after.Statement, after.Kind, after.EvidenceLevel));
        Assert.Equal(before.Caveats, after.Caveats);
        Assert.Equal(["nad-metabolism"], (await _database.Claims.GetTopicsByClaimIdsAsync([before.Id], CancellationToken.None))[before.Id].Select(t => t.Slug));
        Assert.Equal(new CorpusChange(ChangeKind.Updated, EntityKind.Claim, before.Id, _changes[0].At), Assert.Single(_changes));
    }

    [Fact]
    public async Task Deleting_a_study_removes_its_links_and_recomputes_levels()
    {
        ClaimRecord headline = (await _database.Claims.GetBySlugAsync("bone-headline-nmn-promotes-bone-formation", CancellationToken.None))!;
        Assert.Equal(EvidenceLevel.AnimalModel, headline.EvidenceLevel);
        await _database.Curation.DeleteAsync(EntityKind.Study, _lu.Id, CancellationToken.None);
        Assert.Null(await _database.Studies.GetByIdAsync(_lu.Id, CancellationToken.None));
        // The fact base's curated level stays; only the links went.
        Assert.Equal(EvidenceLevel.AnimalModel, (await _database.Claims.GetByIdAsync(headline.Id, CancellationToken.None))!.EvidenceLevel);
        Assert.Empty((await _database.Claims.GetEvidenceByClaimIdsAsync([headline.Id], CancellationToken.None))[headline.Id]);
        Assert.Empty((await _database.Articles.GetCitationsByArticleIdsAsync([_bone.Id], CancellationToken.None))[_bone.Id]);
        Assert.Equal(new CorpusChange(ChangeKind.Deleted, EntityKind.Study, _lu.Id, _changes[0].At), _changes[0]);
        Assert.Contains(_changes, c => c.Kind == ChangeKind.Updated && c.Id == headline.Id);
        Db.AssertConsistent(_directory.File("seeded.db"));
    }

    [Fact]
    public async Task Deleting_an_article_removes_what_hangs_off_it()
    {
        await _database.Curation.DeleteAsync(EntityKind.Article, _bone.Id, CancellationToken.None);
        string path = _directory.File("seeded.db");
        Assert.Equal(0, Db.Scalar(path, $"SELECT count(*) FROM mentions WHERE article_id = {_bone.Id}"));
        Assert.Equal(0, Db.Scalar(path, $"SELECT count(*) FROM blocks WHERE article_id = {_bone.Id}"));
        Assert.Equal(0, Db.Scalar(path, $"SELECT count(*) FROM corrections WHERE article_id = {_bone.Id}"));
        Assert.Equal(1, (await _database.GetStatsAsync(CancellationToken.None)).Articles);
        Assert.Equal("NOT_FOUND", (await Assert.ThrowsAsync<StoreException>(() => _database.Curation.DeleteAsync(EntityKind.Article, _bone.Id, CancellationToken.None))).Code);
        Db.AssertConsistent(path);
    }
}
