using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Terminal.Tests.Widgets;

public sealed class TextLayoutTests
{
    [Fact]
    public void Wraps_at_word_boundaries_and_drops_the_space_at_the_break()
    {
        TextLayout layout = TextLayout.Wrap(StyledText.Plain("NMN raises NAD+ levels in mice"), 12);
        Assert.Equal(["NMN raises", "NAD+ levels", "in mice"], layout.ToPlainLines());
    }

    [Fact]
    public void Hard_breaks_are_kept_including_empty_lines()
    {
        TextLayout layout = TextLayout.Wrap(StyledText.Plain("one\n\ntwo three\n"), 20);
        Assert.Equal(["one", "", "two three"], layout.ToPlainLines());
    }

    [Fact]
    public void Leading_indentation_of_a_paragraph_is_kept_on_its_wrapped_lines()
    {
        TextLayout layout = TextLayout.Wrap(StyledText.Plain("  indented text here\nnext"), 10);
        Assert.Equal(["  indented", "  text", "  here", "next"], layout.ToPlainLines());
        Assert.Equal(2, layout.Lines[1].Segments[0].Column);
    }

    [Theory]
    [InlineData(" • Lu et al. 2023, J Gerontol A Biol Sci", new[] { " • Lu et al. 2023, J", "   Gerontol A Biol", "   Sci" })]
    [InlineData("[12] NMN promotes bone formation", new[] { "[12] NMN promotes", "     bone formation" })]
    [InlineData("3. NMN promotes bone formation", new[] { "3. NMN promotes bone", "   formation" })]
    [InlineData("   described: “Researchers from Sydney”", new[] { "   described:", "   “Researchers from", "   Sydney”" })]
    [InlineData("[1]NMN promotes bone formation", new[] { "[1]NMN promotes bone", "formation" })] // not a marker: no space after it
    [InlineData("NMN promotes bone formation", new[] { "NMN promotes bone", "formation" })]
    public void Wrapped_lines_hang_under_the_text_after_indent_and_list_marker(string text, string[] expected)
    {
        TextLayout layout = TextLayout.Wrap(StyledText.Plain(text), 20);
        Assert.Equal(expected, layout.ToPlainLines());
        Assert.All(layout.Lines, l => Assert.True(l.Width <= 20));
    }

    [Fact]
    public void A_hang_that_would_leave_too_little_room_is_dropped()
    {
        TextLayout layout = TextLayout.Wrap(StyledText.Plain("            deeply indented words"), 20);
        Assert.Equal(["            deeply", "indented words"], layout.ToPlainLines());
    }

    [Fact]
    public void Long_words_on_hanging_lines_break_within_the_hang()
    {
        TextLayout layout = TextLayout.Wrap(StyledText.Plain(" • https://doi.org/10.1093/gerona/glac175"), 16);
        Assert.Equal([" • https://doi.o", "   rg/10.1093/ge", "   rona/glac175"], layout.ToPlainLines());
        Assert.All(layout.Lines, l => Assert.True(l.Width <= 16));
    }

    [Fact]
    public void Links_on_hanging_lines_are_placed_at_their_indented_column()
    {
        var text = new StyledText().Append(" • ").Append("Lu et al. 2023, J Gerontol A", default, "study:lu");
        TextLayout layout = TextLayout.Wrap(text, 20);
        Assert.Equal([" • Lu et al. 2023, J", "   Gerontol A"], layout.ToPlainLines());
        Assert.Equal([(0, 3, 17), (1, 3, 10)], layout.LinkPieces.Select(p => (p.Line, p.Column, p.Width)));
    }

    [Fact]
    public void A_url_never_breaks_it_moves_whole_to_the_next_line_or_is_cut_with_an_ellipsis_on_its_own()
    {
        const string url = "https://www.gsh-world.com/news/NMN-promotes-bone-formation.html";
        var text = new StyledText().Append("Source  ").Append(new Span(url, default, "url:" + url) { Link = url }).Append(" and more");
        TextLayout layout = TextLayout.Wrap(text, 30);
        Assert.Equal(["Source", "https://www.gsh-world.com/new…", "and more"], layout.ToPlainLines());
        TextSegment cut = Assert.Single(layout.Lines[1].Segments);
        Assert.Equal((url, 30), (cut.Link, cut.Width));

        // One that fits the width moves whole.
        const string shortUrl = "https://doi.org/10.1/abc";
        TextLayout fits = TextLayout.Wrap(new StyledText().Append("DOI here  ").Append(new Span(shortUrl) { Link = shortUrl }), 26);
        Assert.Equal(["DOI here", shortUrl], fits.ToPlainLines());
    }

    [Fact]
    public void The_renderer_writes_cell_links_as_osc_8_hyperlinks_when_asked()
    {
        foreach (bool hyperlinks in new[] { true, false })
        {
            var terminal = new VirtualTerminal(20, 2);
            var renderer = new Renderer(terminal, new RendererOptions { Hyperlinks = hyperlinks });
            var frame = new Buffer(20, 2);
            frame.SetString(0, 0, "see doi.org/x here", Style.Default);
            frame.SetLink(new Rect(4, 0, 9, 1), "https://doi.org/x");
            renderer.Render(frame);
            Assert.Equal(hyperlinks ? "https://doi.org/x" : null, terminal.Screen[4, 0].Link);
            Assert.Equal(hyperlinks ? "https://doi.org/x" : null, terminal.Screen[12, 0].Link);
            Assert.Null(terminal.Screen[13, 0].Link);
            Assert.Null(terminal.Link);
            Assert.Equal("see doi.org/x here", terminal.Screen.ToLines()[0].TrimEnd());
        }
    }

    [Fact]
    public void Words_longer_than_the_width_are_broken()
    {
        TextLayout layout = TextLayout.Wrap(StyledText.Plain("see https://doi.org/10.1000/xyz"), 10);
        Assert.Equal(["see https:", "//doi.org/", "10.1000/xy", "z"], layout.ToPlainLines());
        Assert.All(layout.Lines, l => Assert.True(l.Width <= 10));
    }

    [Fact]
    public void Wide_characters_wrap_by_display_width_and_break_anywhere()
    {
        TextLayout layout = TextLayout.Wrap(StyledText.Plain("NMN 烟酰胺单核苷酸 helps"), 9);
        Assert.Equal(["NMN 烟酰", "胺单核苷", "酸 helps"], layout.ToPlainLines());
        Assert.Equal([8, 8, 8], layout.Lines.Select(l => l.Width));
    }

    [Fact]
    public void Combining_marks_and_emoji_count_by_columns()
    {
        TextLayout layout = TextLayout.Wrap(StyledText.Plain("cafe\u0301 cafe\u0301 😀😀"), 5);
        Assert.Equal(["cafe\u0301", "cafe\u0301", "😀😀"], layout.ToPlainLines());
    }

    [Fact]
    public void Styles_follow_their_spans_across_lines()
    {
        var text = new StyledText().Append("plain ").Append("bold words here", Style.Bold).Append(" end");
        TextLayout layout = TextLayout.Wrap(text, 11);
        Assert.Equal(["plain bold", "words here", "end"], layout.ToPlainLines());
        Assert.Equal(
            [(0, "plain ", Style.Default), (6, "bold", Style.Bold)],
            layout.Lines[0].Segments.Select(s => (s.Column, s.Text, s.Style)));
        Assert.Equal(Style.Bold, layout.Lines[1].Segments.Single().Style);
    }

    [Fact]
    public void A_word_made_of_two_spans_stays_together()
    {
        var text = new StyledText().Append("aaaa bb").Append("cc", Style.Bold);
        TextLayout layout = TextLayout.Wrap(text, 6);
        Assert.Equal(["aaaa", "bbcc"], layout.ToPlainLines());
    }

    [Fact]
    public void Tagged_spans_are_reported_with_positions_even_when_wrapped()
    {
        var text = new StyledText()
            .Append("Cited by ")
            .Append("Lu et al. 2023", tag: "study:lu-2023")
            .Append(" and ")
            .Append("Yoshino 2021", tag: "study:yoshino-2021");
        TextLayout layout = TextLayout.Wrap(text, 16);
        Assert.Equal(["Cited by Lu et", "al. 2023 and", "Yoshino 2021"], layout.ToPlainLines());
        Assert.Equal([1, 3], layout.Links);
        Assert.Equal(
            [
                new LinkPosition(1, "study:lu-2023", 0, 9, 5),
                new LinkPosition(1, "study:lu-2023", 1, 0, 8),
                new LinkPosition(3, "study:yoshino-2021", 2, 0, 12),
            ],
            layout.LinkPieces);
        Assert.Equal([new LinkPosition(3, "study:yoshino-2021", 0, 0, 12)], layout.VisibleLinks(scroll: 2, height: 5));
        Assert.Equal("study:yoshino-2021", layout.TagOf(3));
        Assert.Equal(2, layout.FirstLineOf(3));
        Assert.Equal(-1, layout.FirstLineOf(0));
    }

    [Fact]
    public void Zero_width_and_empty_text()
    {
        Assert.Empty(TextLayout.Wrap(StyledText.Plain("abc"), 0).Lines);
        Assert.Empty(TextLayout.Wrap(new StyledText(), 10).Lines);
    }
}
