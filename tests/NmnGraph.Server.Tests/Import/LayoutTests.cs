using NmnGraph.Server.Domain;
using NmnGraph.Server.Import;

namespace NmnGraph.Server.Tests.Import;

/// <summary>One fixture per page layout family: the fields read, where each was read, and what stays null.</summary>
public sealed class LayoutTests
{
    public static TheoryData<string> Fixtures => new(LayoutFixtures.Names);

    [Fact]
    public void Boilerplate_lines_before_the_title_are_skipped_and_the_page_title_suffix_is_stripped()
    {
        ParsedArticle article = Parse("boilerplate-before-title.txt");
        AssertField(article.Title, article.TitleSource, "NMN and the ageing ovary: what mouse studies suggest", 5, "after boilerplate; suffix 'Industry News | Example Longevity' stripped");
        AssertField(article.Column, article.ColumnSource, "Industry News", 5, "page-title suffix");
        AssertDate(article, new DateOnly(2024, 3, 5), 7, "date line", "Mar 5, 2024");
        AssertField(article.Author, article.AuthorSource, "Jane Roe", 7, "after the date");
        AssertCaptions(article, "▲ Egg quality scores in untreated and NMN-treated older mice (illustration for this write-up)");
        Assert.Null(article.Truncation);
        Assert.Equal(
            [BlockKind.Boilerplate, BlockKind.Boilerplate, BlockKind.Boilerplate, BlockKind.Title, BlockKind.Meta, BlockKind.Paragraph, BlockKind.Paragraph,
                BlockKind.Caption, BlockKind.Paragraph, BlockKind.Reference, BlockKind.Boilerplate, BlockKind.Boilerplate],
            article.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void A_section_label_on_the_first_line_is_the_column_and_a_byline_gives_author_and_date()
    {
        ParsedArticle article = Parse("section-label-first.txt");
        AssertField(article.Title, article.TitleSource, "What happens to NAD+ in tired muscle", 3, "after the section label");
        AssertField(article.Column, article.ColumnSource, "RESEARCH NEWS", 1, "section label above the title");
        AssertField(article.Author, article.AuthorSource, "Sam Patel", 5, "byline");
        AssertDate(article, new DateOnly(2024, 2, 12), 5, "byline", "12 February 2024");
        AssertCaptions(article,
            "Figure 1: NAD+ levels before and after a treadmill session in the two groups of animals",
            "Figure 2. Recovery time by dose, with the spread across studies shown as bars");
        Assert.Null(article.Truncation);
    }

    [Fact]
    public void Meta_fields_in_another_order_are_read_and_a_missing_author_stays_null()
    {
        ParsedArticle article = Parse("meta-reordered.txt");
        AssertField(article.Title, article.TitleSource, "Five questions about NMN and sleep", 1, "first line; suffix 'Science Blog' stripped");
        // The labelled column outranks the page-title suffix.
        AssertField(article.Column, article.ColumnSource, "Science Explained", 3, "label 'Column:'");
        AssertDate(article, new DateOnly(2024, 1, 20), 3, "label 'Release time:'", "2024-01-20");
        AssertNotFound(article.Author, article.AuthorSource);
        AssertCaptions(article, "Image: a simplified diagram of the daily rise and fall of NAD+ in the liver");
        Assert.Equal(2, article.Blocks.Count(b => b.Kind == BlockKind.Heading));
        FoundIdentifier pmid = Assert.Single(article.Identifiers);
        Assert.Equal((IdentifierKind.Pmid, "36037105"), (pmid.Kind, pmid.Value));
        Assert.Equal("36037105", article.Text[pmid.Start..pmid.End]);
    }

    [Fact]
    public void A_bare_date_on_a_bulleted_line_is_followed_by_the_author()
    {
        ParsedArticle article = Parse("bulleted-date-author.txt");
        AssertField(article.Title, article.TitleSource, "Can NMN help your skin keep its water?", 3, "after boilerplate");
        AssertDate(article, new DateOnly(2024, 3, 5), 5, "date line", "2024/03/05");
        AssertField(article.Author, article.AuthorSource, "Maria Gomez", 5, "after the date");
        AssertNotFound(article.Column, article.ColumnSource);
        AssertCaptions(article, "△ Water loss measured on the forearm over four weeks (illustrative)");
    }

    [Fact]
    public void A_text_without_a_title_line_gets_no_title()
    {
        ParsedArticle article = Parse("no-title.txt");
        AssertNotFound(article.Title, article.TitleSource);
        Assert.Equal("not found: the text starts with a paragraph", article.TitleSource.Rule);
        AssertNotFound(article.PublishedOn, article.DateSource);
        AssertNotFound(article.Author, article.AuthorSource);
        AssertNotFound(article.Column, article.ColumnSource);
        AssertCaptions(article);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Reference], article.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Caption_lines_without_a_marker_are_not_taken_for_captions()
    {
        ParsedArticle article = Parse("no-caption-marker.txt");
        AssertField(article.Title, article.TitleSource, "NMN and blood vessels in older mice", 1, "first line");
        AssertField(article.Author, article.AuthorSource, "Priya Nair", 3, "label 'Author:'");
        AssertNotFound(article.PublishedOn, article.DateSource);
        AssertNotFound(article.Column, article.ColumnSource);
        AssertCaptions(article);
    }

    [Fact]
    public void A_text_cut_off_mid_sentence_says_so_and_its_last_line_stays_a_paragraph()
    {
        ParsedArticle article = Parse("truncated.txt");
        AssertField(article.Title, article.TitleSource, "NMN and hearing loss in mice", 1, "first line");
        AssertDate(article, new DateOnly(2024, 3, 5), 3, "label 'Release time:'", "5 March 2024");
        AssertField(article.Author, article.AuthorSource, "Tom Becker", 3, "label 'Author:'");
        AssertField(article.Column, article.ColumnSource, "Health", 3, "label 'Column:'");
        AssertCaptions(article, "△Hair cells in the inner ear of a noise-exposed mouse");
        Assert.Equal("line 9 stops mid-sentence", article.Truncation);
        Assert.Equal(BlockKind.Paragraph, article.Blocks[^1].Kind);
    }

    [Fact]
    public void A_long_unpunctuated_last_line_is_a_cut_off_paragraph_not_a_heading()
    {
        ParsedArticle article = ArticleTextParser.Parse("A title\n\nA first paragraph that ends properly.\n\nThe second one was cut off by the copy and paste so it never reaches its");
        Assert.Equal(BlockKind.Paragraph, article.Blocks[^1].Kind);
        Assert.Equal("line 5 stops mid-sentence", article.Truncation);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_keeps_its_text_as_given_and_every_block_indexes_it(string name)
    {
        byte[] bytes = LayoutFixtures.Bytes(name);
        ParsedArticle article = ArticleTextParser.Parse(ArticleTextParser.Decode(bytes));
        Assert.Equal(bytes, System.Text.Encoding.UTF8.GetBytes(article.Text));
        string[] lines = article.Text.Split('\n');
        foreach (ParsedBlock block in article.Blocks)
        {
            string blockText = article.Text[block.Start..block.End];
            Assert.Equal(blockText.Trim(), blockText);
            Assert.Contains(blockText, lines);
        }

        // Each found field's line holds the value as read.
        foreach ((string? value, FieldSource source) in new[] { (article.Title, article.TitleSource), (article.Author, article.AuthorSource), (article.Column, article.ColumnSource) })
        {
            if (value is not null)
            {
                Assert.Contains(value, lines[source.Line!.Value - 1], StringComparison.Ordinal);
            }
        }

        if (article.PublishedOn is not null)
        {
            Assert.Contains(article.DateSource.Written!, lines[article.DateSource.Line!.Value - 1], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2024-03-05", "2024-03-05", null)]
    [InlineData("2024/3/5 14:20", "2024/3/5", null)]
    [InlineData("2024.03.05", "2024.03.05", null)]
    [InlineData("Mar 5, 2024", "Mar 5, 2024", null)]
    [InlineData("March 5th, 2024", "March 5th, 2024", null)]
    [InlineData("5 March 2024", "5 March 2024", null)]
    [InlineData("5 Mar. 2024 | Jane Roe", "5 Mar. 2024", "Jane Roe")]
    [InlineData("• 2024-03-05 · Jane Roe", "2024-03-05", "Jane Roe")]
    [InlineData("- Mar 5, 2024 — Example Health Team", "Mar 5, 2024", "Example Health Team")]
    [InlineData("Posted on March 5, 2024 by Jane Roe", "March 5, 2024", "Jane Roe")]
    [InlineData("By Jane Roe | 2024-03-05 | 4 min read", "2024-03-05", "Jane Roe")]
    [InlineData("2024年3月5日", "2024年3月5日", null)]
    [InlineData("Jane Roe | March 5, 2024", "March 5, 2024", "Jane Roe")]
    [InlineData("Posted by admin on March 5, 2024", "March 5, 2024", "admin")]
    [InlineData("By Jane Roe on 5 Mar 2024", "5 Mar 2024", "Jane Roe")]
    public void Date_lines_in_the_usual_formats_give_the_date_and_the_author_after_a_separator(string line, string written, string? author)
    {
        BylineFields fields = Assert.IsType<BylineFields>(Byline.TryRead(line));
        Assert.Equal(new DateOnly(2024, 3, 5), fields.Date);
        Assert.Equal(written, fields.DateWritten);
        Assert.Equal(author, fields.Author);
    }

    [Theory]
    [InlineData("03/05/2024")]
    [InlineData("2024-02-30")]
    [InlineData("By 2030 most supplements will carry a date")]
    [InlineData("March 2024 was a busy month for NMN research")]
    [InlineData("NMN - A Short Guide")]
    public void Lines_that_are_not_unambiguous_dates_or_bylines_are_not_read_as_one(string line) =>
        Assert.Null(Byline.TryRead(line));

    [Fact]
    public void A_date_before_the_labels_of_a_meta_line_is_read()
    {
        ParsedArticle article = ArticleTextParser.Parse("A title\n\n2023-11-06 10:22:31 Source: Example Views: 1203 Author: Lee Wong\n\nA paragraph of body text. It has two sentences.\n");
        Assert.Equal(new DateOnly(2023, 11, 6), article.PublishedOn);
        Assert.Equal((3, "date before the labels", "2023-11-06"), (article.DateSource.Line, article.DateSource.Rule, article.DateSource.Written));
        Assert.Equal("Lee Wong", article.Author);
        Assert.Equal(BlockKind.Meta, article.Blocks[1].Kind);
    }

    [Fact]
    public void An_ambiguous_labelled_date_stays_null_and_says_why()
    {
        ParsedArticle article = ArticleTextParser.Parse("A title\n\nDate: 03/05/2024 | Author: Jane Roe\n\nA paragraph of body text. It has two sentences.\n");
        Assert.Null(article.PublishedOn);
        Assert.Equal(3, article.DateSource.Line);
        Assert.Equal("label 'Date:' not read: day and month cannot be told apart", article.DateSource.Rule);
        Assert.Equal("03/05/2024", article.DateSource.Written);
        Assert.Equal("Jane Roe", article.Author);
    }

    [Theory]
    [InlineData("NMN and sleep | Example Site", "NMN and sleep", null)]
    [InlineData("NMN and sleep - Industry News", "NMN and sleep", "Industry News")]
    [InlineData("NMN and sleep – example-longevity.com", "NMN and sleep", null)]
    [InlineData("NMN - what the mouse studies tested", "NMN - what the mouse studies tested", null)]
    [InlineData("Blog | NMN and sleep | Example Site", "NMN and sleep", "Blog")]
    public void Page_title_suffixes_naming_the_site_or_section_are_stripped(string line, string title, string? column)
    {
        ParsedArticle article = ArticleTextParser.Parse($"{line}\n\nA paragraph of body text. It has two sentences.\n");
        Assert.Equal(title, article.Title);
        Assert.Equal(column, article.Column);
    }

    private static ParsedArticle Parse(string name) => ArticleTextParser.Parse(ArticleTextParser.Decode(LayoutFixtures.Bytes(name)));

    private static void AssertField(string? value, FieldSource source, string expected, int line, string rule)
    {
        Assert.Equal(expected, value);
        Assert.Equal((line, rule), (source.Line, source.Rule));
    }

    private static void AssertDate(ParsedArticle article, DateOnly expected, int line, string rule, string written)
    {
        Assert.Equal(expected, article.PublishedOn);
        Assert.Equal((line, rule, written), (article.DateSource.Line, article.DateSource.Rule, article.DateSource.Written));
    }

    private static void AssertNotFound<T>(T? value, FieldSource source)
    {
        Assert.Null(value);
        Assert.Null(source.Line);
        Assert.StartsWith("not found", source.Rule, StringComparison.Ordinal);
    }

    private static void AssertCaptions(ParsedArticle article, params string[] expected) =>
        Assert.Equal(expected, article.Captions.Select(c => article.Text[c.Block.Start..c.Block.End]));
}
