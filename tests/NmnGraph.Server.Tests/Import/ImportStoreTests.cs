using NmnGraph.Server.Domain;
using NmnGraph.Server.Import;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Tests.Import;

/// <summary>Importing the layout fixtures: what is stored, study identifiers, and re-import.</summary>
public sealed class ImportStoreTests
{
    [Fact]
    public async Task Importing_every_layout_fixture_stores_the_text_as_given_with_the_fields_read()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.EmptyAsync(directory);
        var importer = new ArticleImporter(database);
        foreach (string name in LayoutFixtures.Names)
        {
            string text = ArticleTextParser.Decode(LayoutFixtures.Bytes(name));
            ParsedArticle parsed = ArticleTextParser.Parse(text);
            ImportResult result = await importer.ImportAsync(text, null, CancellationToken.None);
            Assert.True(result.Created, name);
            Assert.Equal(text, result.Article.Text);
            Assert.Equal((parsed.Title, parsed.Author, parsed.PublishedOn, parsed.Column),
                (result.Article.Title, result.Article.Author, result.Article.PublishedOn, result.Article.Column));
            var blocks = (await database.Articles.GetBlocksByArticleIdsAsync([result.Article.Id], null, CancellationToken.None))[result.Article.Id];
            Assert.Equal(parsed.Blocks.Select(b => (b.Kind, b.Start, b.End)), blocks.Select(b => (b.Kind, b.Start, b.End)));
        }

        Db.AssertConsistent(directory.File("empty.db"));
    }

    [Fact]
    public async Task Re_importing_the_fixtures_changes_nothing()
    {
        using var directory = new TempDirectory();
        string path = directory.File("seeded.db");
        await using NmnDatabase database = await Db.SeededAsync(directory);
        var importer = new ArticleImporter(database);
        foreach (string name in LayoutFixtures.Names)
        {
            Assert.True((await importer.ImportAsync(ArticleTextParser.Decode(LayoutFixtures.Bytes(name)), null, CancellationToken.None)).Created);
        }

        string[] tables = ["articles", "blocks", "studies", "citations", "claims", "mentions"];
        long[] before = [.. tables.Select(t => Db.Scalar(path, $"SELECT count(*) FROM {t}"))];
        foreach (string name in LayoutFixtures.Names)
        {
            ImportResult again = await importer.ImportAsync(ArticleTextParser.Decode(LayoutFixtures.Bytes(name)), null, CancellationToken.None);
            Assert.False(again.Created, name);
            Assert.Empty(again.Studies);
        }

        Assert.Equal(before, tables.Select(t => Db.Scalar(path, $"SELECT count(*) FROM {t}")));
    }

    [Fact]
    public async Task A_reference_doi_links_the_seeded_lu_2023_study_and_an_unknown_doi_creates_an_identifier_only_unverified_study()
    {
        using var directory = new TempDirectory();
        string path = directory.File("seeded.db");
        await using NmnDatabase database = await Db.SeededAsync(directory);
        var importer = new ArticleImporter(database);
        StudyRecord lu = (await database.Studies.GetBySlugAsync("lu-2023-gerona", CancellationToken.None))!;

        ImportResult known = await importer.ImportAsync(ArticleTextParser.Decode(LayoutFixtures.Bytes("boilerplate-before-title.txt")), null, CancellationToken.None);
        CitedStudy linked = Assert.Single(known.Studies);
        Assert.Equal((lu.Id, false), (linked.Study.Id, linked.Created));
        CitationRecord citation = Assert.Single((await database.Articles.GetCitationsByArticleIdsAsync([known.Article.Id], CancellationToken.None))[known.Article.Id]);
        Assert.Equal(CitationMode.FormalReference, citation.Mode);
        Assert.Equal("Lu, ZuFu et al. J Gerontol A Biol Sci Med Sci (2023), doi:10.1093/gerona/glac175.", citation.Text);

        ImportResult unknown = await importer.ImportAsync(ArticleTextParser.Decode(LayoutFixtures.Bytes("no-title.txt")), null, CancellationToken.None);
        CitedStudy created = Assert.Single(unknown.Studies);
        Assert.True(created.Created);
        StudyRecord study = created.Study;
        Assert.Equal("10.5555/nmn.example.2024.001", study.Doi);
        Assert.Equal("doi:10.5555/nmn.example.2024.001", study.Label);
        Assert.Equal(VerificationStatus.Unverified, study.Verification.Status);
        // Nothing but the identifier: no invented title, authors, journal, year or findings.
        Assert.Null(study.Title);
        Assert.Empty(study.Authors);
        Assert.Null(study.Journal);
        Assert.Null(study.Year);
        Assert.Null(study.Pmid);
        Assert.Empty(study.Findings);
        Assert.Empty(study.EvidenceLevels);
        Assert.False(study.Design.HumanTrial);

        // Another article with the same DOI (another spelling) links the study the first one created.
        const string third = "A second look at the pilot\n\nThe same pilot trial again, see https://doi.org/10.5555/NMN.example.2024.001 for the record.\n";
        ImportResult again = await importer.ImportAsync(third, null, CancellationToken.None);
        Assert.Equal((study.Id, false), (Assert.Single(again.Studies).Study.Id, Assert.Single(again.Studies).Created));
        Assert.Equal(3, Db.Scalar(path, "SELECT count(*) FROM studies"));
    }

    [Fact]
    public async Task A_pmid_in_the_body_links_the_study_with_that_pmid()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        ImportResult result = await new ArticleImporter(database).ImportAsync(ArticleTextParser.Decode(LayoutFixtures.Bytes("meta-reordered.txt")), null, CancellationToken.None);
        CitedStudy cited = Assert.Single(result.Studies);
        Assert.Equal(("lu-2023-gerona", false), (cited.Study.Slug, cited.Created));
        CitationRecord citation = Assert.Single((await database.Articles.GetCitationsByArticleIdsAsync([result.Article.Id], CancellationToken.None))[result.Article.Id]);
        Assert.Equal("36037105", citation.Text);
    }

    [Fact]
    public void A_doi_and_a_pmid_on_one_reference_line_are_one_citation_and_an_identifier_repeated_in_the_body_is_not_cited_again()
    {
        ParsedArticle parsed = ArticleTextParser.Parse(
            "A title\n\nThe paper (doi:10.5555/abc.1) found little. Its PMID 12345678 is given too.\n\nReference: A. Author. Journal (2020). doi:10.5555/abc.1 PMID: 12345678\n");
        NewCitation citation = Assert.Single(ArticleImporter.ToNewArticle(parsed, null).Citations);
        Assert.Equal(("10.5555/abc.1", "12345678"), (citation.Doi, citation.Pmid));
        Assert.StartsWith("A. Author.", parsed.Text[citation.Start..citation.End], StringComparison.Ordinal);
    }
}
