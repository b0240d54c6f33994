namespace NmnGraph.Terminal.Tests;

public sealed class BufferTests
{
    [Fact]
    public void New_buffer_is_blank_lines_of_full_width()
    {
        var buffer = new Buffer(4, 2);
        ScreenAssert.Lines(buffer, "    ", "    ");
        Assert.Equal("    \n    ", buffer.ToText());
    }

    [Fact]
    public void SetString_clips_at_the_edge_and_returns_columns_written()
    {
        var buffer = new Buffer(6, 1);
        Assert.Equal(4, buffer.SetString(2, 0, "abcdefgh", Style.Default));
        ScreenAssert.Lines(buffer, "  abcd");
    }

    [Fact]
    public void SetString_clips_at_max_width()
    {
        var buffer = new Buffer(8, 1);
        Assert.Equal(3, buffer.SetString(1, 0, "abcdef", Style.Default, 3));
        ScreenAssert.Lines(buffer, " abc    ");
    }

    [Fact]
    public void SetString_outside_rows_writes_nothing()
    {
        var buffer = new Buffer(3, 1);
        Assert.Equal(0, buffer.SetString(0, 1, "abc", Style.Default));
        Assert.Equal(0, buffer.SetString(0, -1, "abc", Style.Default));
        ScreenAssert.Lines(buffer, "   ");
    }

    [Fact]
    public void Negative_x_skips_the_columns_left_of_the_buffer()
    {
        var buffer = new Buffer(4, 1);
        Assert.Equal(3, buffer.SetString(-2, 0, "abcde", Style.Default));
        ScreenAssert.Lines(buffer, "cde ");
    }

    [Fact]
    public void Wide_characters_take_two_cells_with_a_continuation()
    {
        var buffer = new Buffer(6, 1);
        Assert.Equal(5, buffer.SetString(0, 0, "a中文", Style.Bold));
        ScreenAssert.Lines(buffer, "a中文 ");
        Assert.Equal(2, buffer[1, 0].Width);
        Assert.True(buffer[2, 0].IsContinuation);
        Assert.Equal(Style.Bold, buffer[2, 0].Style);
    }

    [Fact]
    public void A_wide_character_that_does_not_fit_is_not_written()
    {
        var buffer = new Buffer(4, 1);
        Assert.Equal(2, buffer.SetString(0, 0, "ab中", Style.Default, 3));
        Assert.Equal(2, buffer.SetString(0, 0, "中中", Style.Default, 3));
        ScreenAssert.Lines(buffer, "中  ");
    }

    [Fact]
    public void Combining_marks_join_the_previous_cell()
    {
        var buffer = new Buffer(4, 1);
        Assert.Equal(2, buffer.SetString(0, 0, "e\u0301a", Style.Default));
        Assert.Equal("e\u0301", buffer[0, 0].Text);
        Assert.Equal("a", buffer[1, 0].Text);
        Assert.Equal(1, buffer[0, 0].Width);
    }

    [Fact]
    public void Emoji_with_surrogates_and_zwj_are_one_wide_cell()
    {
        var buffer = new Buffer(5, 1);
        Assert.Equal(4, buffer.SetString(0, 0, "😀👨‍👩‍👧", Style.Default));
        Assert.Equal("😀", buffer[0, 0].Text);
        Assert.Equal("👨‍👩‍👧", buffer[2, 0].Text);
        Assert.True(buffer[3, 0].IsContinuation);
    }

    [Fact]
    public void Control_characters_never_reach_the_buffer()
    {
        var buffer = new Buffer(8, 1);
        int written = buffer.SetString(0, 0, "a\e[31mb\r\nc", Style.Default);
        ScreenAssert.Lines(buffer, "a[31mbc ");
        Assert.Equal(7, written);
        Assert.DoesNotContain(buffer.ToText(), c => char.IsControl(c));
    }

    [Fact]
    public void Overwriting_half_of_a_wide_character_blanks_the_other_half()
    {
        var buffer = new Buffer(4, 1);
        buffer.SetString(0, 0, "中文", Style.Default);
        buffer.SetString(1, 0, "x", Style.Default);
        ScreenAssert.Lines(buffer, " x文");
        buffer.SetString(2, 0, "y", Style.Default);
        ScreenAssert.Lines(buffer, " xy ");
    }

    [Fact]
    public void Fill_and_styles_are_clipped_to_the_buffer()
    {
        var buffer = new Buffer(3, 2);
        buffer.Fill(new Rect(1, 1, 10, 10), Cell.Space(Style.Reverse));
        buffer.SetString(0, 0, "abc", Style.Default);
        buffer.PatchStyle(new Rect(0, 0, 2, 1), Style.Bold);
        Assert.Equal(Style.Reverse, buffer[2, 1].Style);
        Assert.Equal(Style.Default, buffer[0, 1].Style);
        Assert.Equal(Style.Bold, buffer[1, 0].Style);
        Assert.Equal(Style.Default, buffer[2, 0].Style);
        ScreenAssert.Lines(buffer, "abc", "   ");
    }

    [Fact]
    public void Resize_changes_the_size_and_clears()
    {
        var buffer = new Buffer(3, 1);
        buffer.SetString(0, 0, "abc", Style.Default);
        buffer.Resize(40, 12);
        Assert.Equal(new Rect(0, 0, 40, 12), buffer.Area);
        Assert.All(buffer.ToLines(), l => Assert.Equal(new string(' ', 40), l));
    }

    [Fact]
    public void Cells_compare_by_what_they_show()
    {
        Assert.Equal(Cell.Blank, Cell.Space(Style.Default));
        Assert.Equal(Cell.Blank.GetHashCode(), Cell.Space(Style.Default).GetHashCode());
        Assert.NotEqual(Cell.Blank, Cell.Space(Style.Bold));
        Assert.NotEqual(new Cell("a", Style.Default, 1), new Cell("a", Style.Default, 2));
    }

    [Fact]
    public void Rect_helpers()
    {
        var rect = new Rect(2, 3, 10, 5);
        Assert.Equal(new Rect(3, 4, 8, 3), rect.Inset(1));
        Assert.Equal(new Rect(5, 4, 4, 3), rect.CenteredChild(4, 3));
        Assert.Equal(new Rect(2, 3, 3, 2), rect.Intersect(new Rect(0, 0, 5, 5)));
        Assert.True(rect.Intersect(new Rect(50, 50, 1, 1)).IsEmpty);
        Assert.True(rect.Contains(11, 7));
        Assert.False(rect.Contains(12, 7));
    }
}
