using System.Text;
using NmnGraph.Server.Corpus;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Import;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Tests.Import;

public sealed class ImportTests
{
    [Fact]
    public async Task Importing_the_seed_files_into_an_empty_database_reproduces_the_seeded_text_and_blocks()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase seeded = await Db.SeededAsync(directory);
        await using NmnDatabase empty = await Db.EmptyAsync(directory);
        foreach ((string file, string slug) in new[] { ("000_34fbef7eb676252b.txt", "nmn-bone-formation"), ("003_b7b98393a667c055.txt", "nmn-skin-atopic-dermatitis") })
        {
            string text = ArticleTextParser.Decode(SeedCorpus.ReadArticleBytes(file));
            ImportResult result = await new ArticleImporter(empty).ImportAsync(text, null, CancellationToken.None);
            Assert.True(result.Created);
            ArticleRecord expected = (await seeded.Articles.GetBySlugAsync(slug, CancellationToken.None))!;
            Assert.Equal(expected.Text, result.Article.Text);
            Assert.Equal(expected.ContentHash, result.Article.ContentHash);
            Assert.Equal(expected.PublishedOn, result.Article.PublishedOn);
            Assert.Equal(expected.Author, result.Article.Author);
            var expectedBlocks = (await seeded.Articles.GetBlocksByArticleIdsAsync([expected.Id], null, CancellationToken.None))[expected.Id];
            var importedBlocks = (await empty.Articles.GetBlocksByArticleIdsAsync([result.Article.Id], null, CancellationToken.None))[result.Article.Id];
            Assert.Equal(
                expectedBlocks.Select(b => (b.Index, b.Kind, b.Text, b.Start, b.End)),
                importedBlocks.Select(b => (b.Index, b.Kind, b.Text, b.Start, b.End)));

            // The fact base's claim offsets index the imported text exactly as they index the seeded one.
            var mentions = (await seeded.Articles.GetMentionsByArticleIdsAsync([expected.Id], CancellationToken.None))[expected.Id];
            Assert.NotEmpty(mentions);
            Assert.All(mentions, m => Assert.Equal(m.Quote, result.Article.Text[m.Start..m.End]));
        }

        // The skin article has no title line: the import leaves the title null (the fact base's title comes from
        // the source page, which the text does not hold) and names the article by its content hash.
        ArticleRecord skin = (await empty.Articles.GetByContentHashAsync(
            CurationRepository.ContentHash(SeedCorpus.ReadArticleText("003_b7b98393a667c055.txt")), CancellationToken.None))!;
        Assert.Null(skin.Title);
        Assert.Equal($"article-{skin.ContentHash[..8]}", skin.Slug);
    }

    [Fact]
    public async Task Importing_the_same_text_twice_changes_nothing()
    {
        using var directory = new TempDirectory();
        string path = directory.File("empty.db");
        await using NmnDatabase database = await Db.EmptyAsync(directory);
        string text = SeedCorpus.ReadArticleText("000_34fbef7eb676252b.txt");
        ImportResult first = await new ArticleImporter(database).ImportAsync(text, null, CancellationToken.None);
        long blocks = Db.Scalar(path, "SELECT count(*) FROM blocks");
        ImportResult second = await new ArticleImporter(database).ImportAsync(text, null, CancellationToken.None);
        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Article, second.Article);
        Assert.Equal(1, Db.Scalar(path, "SELECT count(*) FROM articles"));
        Assert.Equal(blocks, Db.Scalar(path, "SELECT count(*) FROM blocks"));
    }

    [Fact]
    public async Task Importing_a_seed_file_into_the_seeded_database_finds_it_already_stored()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        ImportResult result = await new ArticleImporter(database).ImportAsync(SeedCorpus.ReadArticleText("003_b7b98393a667c055.txt"), null, CancellationToken.None);
        Assert.False(result.Created);
        Assert.Equal("nmn-skin-atopic-dermatitis", result.Article.Slug);
    }

    [Fact]
    public async Task Reference_lines_cite_the_stored_study_by_doi_and_an_unknown_doi_by_a_new_identifier_only_study()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        const string text = """
            NMN and bones, again

            Author: Tester Release time: 2024-02-03 Column: News

            A new write-up of the osteoporosis work in mice.

            Reference: Lu, ZuFu et al. J Gerontol A (2023). doi:10.1093/GERONA/glac175.

            Reference: Someone else. doi:10.9999/unknown.1
            """;
        ImportResult result = await new ArticleImporter(database).ImportAsync(text, "https://example.org/a", CancellationToken.None);
        Assert.True(result.Created);
        Assert.Equal(2, result.CitationsLinked);
        Assert.Equal("nmn-and-bones-again", result.Article.Slug);
        Assert.Equal(new DateOnly(2024, 2, 3), result.Article.PublishedOn);
        Assert.Equal(("Tester", "News", "https://example.org/a"), (result.Article.Author!, result.Article.Column!, result.Article.SourceUrl!));
        var citations = (await database.Articles.GetCitationsByArticleIdsAsync([result.Article.Id], CancellationToken.None))[result.Article.Id];
        Assert.Equal(2, citations.Count);
        Assert.All(citations, c => Assert.Equal(CitationMode.FormalReference, c.Mode));
        Assert.All(citations, c => Assert.Equal(c.Text, result.Article.Text[c.Start..c.End]));
        Assert.StartsWith("Lu, ZuFu", citations[0].Text, StringComparison.Ordinal);
        Assert.Equal("lu-2023-gerona", result.Studies[0].Study.Slug);
        Assert.Equal("Someone else. doi:10.9999/unknown.1", citations[1].Text);
        Assert.Equal(("10.9999/unknown.1", VerificationStatus.Unverified, true), (result.Studies[1].Study.Doi, result.Studies[1].Study.Verification.Status, result.Studies[1].Created));
        Assert.Equal(3, (await database.GetStatsAsync(CancellationToken.None)).Studies);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A, 0x09 }, "empty")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x48, 0x69, 0xC3, 0x28, 0x0A }, "not UTF-8")]
    [InlineData(new byte[] { 0x48, 0x69, 0x07, 0x0A, 0x62, 0x6F, 0x64, 0x79, 0x2E }, "control character")]
    public void Unreadable_input_is_refused_with_a_reason(byte[] bytes, string reason)
    {
        ArticleFormatException error = Assert.Throws<ArticleFormatException>(() => ArticleTextParser.Parse(ArticleTextParser.Decode(bytes)));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_without_a_body_is_refused_and_nothing_is_written()
    {
        using var directory = new TempDirectory();
        string path = directory.File("empty.db");
        await using NmnDatabase database = await Db.EmptyAsync(directory);
        StoreException error = await Assert.ThrowsAsync<StoreException>(() => new ArticleImporter(database).ImportAsync("Just a title\n\nRelease time: 2023-01-01\n", null, CancellationToken.None));
        Assert.Equal("BAD_ARTICLE", error.Code);
        Assert.Contains("no article body", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Db.Scalar(path, "SELECT count(*) FROM articles"));
    }

    [Fact]
    public void Parser_tolerates_missing_parts_and_keeps_offsets_into_the_text()
    {
        string text = "\uFEFFOnly a paragraph of text without any title line, written as one sentence that goes on. And more.\r\n\r\n△A caption 😀 with an emoji\r\n";
        ParsedArticle article = ArticleTextParser.Parse(ArticleTextParser.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal([BlockKind.Paragraph, BlockKind.Caption], article.Blocks.Select(b => b.Kind));
        Assert.Null(article.PublishedOn);
        Assert.Null(article.Title);
        ParsedBlock caption = article.Blocks[1];
        Assert.Equal("△A caption 😀 with an emoji", article.Text[caption.Start..caption.End]);
    }

    [Fact]
    public void Dois_are_found_without_trailing_punctuation()
    {
        Assert.Equal(["10.1093/gerona/glac175", "10.1016/j.intimp.2023.110000"],
            DoiText.FindAll("doi:10.1093/gerona/glac175. See also (10.1016/j.intimp.2023.110000), and doi:10.1093/GERONA/glac175."));
        Assert.Equal("10.1/x", DoiText.Normalize(" https://doi.org/10.1/x "));
    }
}
