using NmnGraph.Terminal.Input;
using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Terminal.Tests.Widgets;

public sealed class ListTests
{
    [Theory]
    [InlineData(0, 0, 1, 1, 0)] // down
    [InlineData(4, 0, 1, 5, 1)] // down at the bottom of the viewport scrolls by one
    [InlineData(9, 5, 1, 9, 5)] // down at the end stays
    [InlineData(5, 5, -1, 4, 4)] // up above the viewport scrolls
    [InlineData(0, 0, -1, 0, 0)] // up at the top stays
    public void Move_keeps_the_selection_visible(int selected, int offset, int delta, int expectedSelected, int expectedOffset)
    {
        ListState state = new ListState(selected, offset).MoveBy(delta, count: 10, height: 5);
        Assert.Equal(new ListState(expectedSelected, expectedOffset), state);
    }

    [Fact]
    public void Page_keys_move_by_a_page_minus_one_and_clamp()
    {
        var state = new ListState(0, 0);
        state = state.PageDown(count: 20, height: 5);
        Assert.Equal(new ListState(4, 0), state);
        state = state.PageDown(count: 20, height: 5);
        Assert.Equal(new ListState(8, 4), state);
        state = state.End(count: 20, height: 5);
        Assert.Equal(new ListState(19, 15), state);
        state = state.PageDown(count: 20, height: 5);
        Assert.Equal(new ListState(19, 15), state);
        state = state.PageUp(count: 20, height: 5);
        Assert.Equal(new ListState(15, 15), state);
        state = state.Home(count: 20, height: 5);
        Assert.Equal(new ListState(0, 0), state);
    }

    [Fact]
    public void Empty_and_shrinking_lists()
    {
        Assert.Equal(ListState.Empty, new ListState(3, 1).Down(count: 0, height: 5));
        Assert.Equal(new ListState(2, 0), new ListState(8, 6).ScrollIntoView(count: 3, height: 5));
    }

    [Theory]
    [InlineData("j", 1)]
    [InlineData("\e[B", 1)]
    [InlineData("k", 0)]
    [InlineData("G", 9)]
    [InlineData("\e[6~", 4)]
    [InlineData("\e[F", 9)]
    public void Keys_drive_the_state(string input, int expectedSelected)
    {
        var key = (KeyEvent)new InputDecoder().Decode(input)[0];
        (ListState state, bool handled) = new ListState(0, 0).Handle(key, count: 10, height: 5);
        Assert.True(handled);
        Assert.Equal(expectedSelected, state.Selected);
    }

    [Fact]
    public void Other_keys_are_not_handled()
    {
        (ListState state, bool handled) = new ListState(2, 0).Handle(KeyEvent.Char('x'), count: 10, height: 5);
        Assert.False(handled);
        Assert.Equal(new ListState(2, 0), state);
    }

    [Fact]
    public void ListView_draws_visible_rows_with_the_selection_highlighted()
    {
        var buffer = new Buffer(12, 3);
        StyledLine[] items = ["alpha", "beta", "gamma", "delta", "epsilon"];
        ListState state = new ListView().Render(buffer, buffer.Area, items, new ListState(3, 0));
        Assert.Equal(new ListState(3, 1), state);
        ScreenAssert.Lines(
            buffer,
            "  beta      ",
            "  gamma     ",
            "▸ delta     ");
        Assert.Equal(Style.Reverse, buffer[11, 2].Style);
        Assert.Equal(Style.Default, buffer[11, 1].Style);
    }

    [Fact]
    public void ListView_cuts_long_and_wide_items_with_an_ellipsis()
    {
        var buffer = new Buffer(7, 4);
        StyledLine[] items = ["烟酰胺单核苷酸", new StyledLine(new Span("ab", Style.Bold), new Span("cdefgh")), "NMN in mice", "exactly"];
        new ListView { SelectionMarker = string.Empty }.Render(buffer, buffer.Area, items, new ListState(1, 0));
        ScreenAssert.Lines(
            buffer,
            "烟酰胺…",
            "abcdef…",
            "NMN in…",
            "exactly");
        Assert.Equal(Style.Bold.Add(TextAttributes.Reverse), buffer[0, 1].Style);
        Assert.Equal(Style.Reverse, buffer[6, 1].Style);
    }

    [Fact]
    public void ListView_puts_the_ellipsis_right_after_the_last_word_cut_at_a_space()
    {
        var buffer = new Buffer(10, 1);
        new ListView { SelectionMarker = string.Empty }.Render(buffer, buffer.Area, ["NMN and   NAD+"], new ListState(0, 0));
        ScreenAssert.Lines(buffer, "NMN and…  ");
    }

    [Fact]
    public void Table_aligns_columns_under_a_header_and_marks_cut_cells()
    {
        var table = new Table([
            new TableColumn("Year", Constraint.Fixed(4), Alignment.Right),
            new TableColumn("Title", Constraint.Fill()),
            new TableColumn("Level", Constraint.Fixed(6)),
        ]);
        var buffer = new Buffer(26, 4);
        IReadOnlyList<StyledLine>[] rows =
        [
            ["2023", "NMN and bone loss", "animal"],
            ["2021", "Muscle insulin sensitivity", "human"],
            ["2016", "Age-associated decline", "animal"],
        ];
        ListState state = table.Render(buffer, buffer.Area, rows, new ListState(1, 0));
        Assert.Equal(new ListState(1, 0), state);
        ScreenAssert.Lines(
            buffer,
            "Year Title          Level ",
            "2023 NMN and bone…  animal",
            "2021 Muscle insuli… human ",
            "2016 Age-associate… animal");
        Assert.Equal(Style.Reverse, buffer[25, 2].Style);
        Assert.Equal(Style.Bold, buffer[0, 0].Style);
    }

    [Fact]
    public void Table_scrolls_rows_below_the_header()
    {
        var table = new Table([new TableColumn("N", Constraint.Fill())]);
        var buffer = new Buffer(3, 3);
        IReadOnlyList<StyledLine>[] rows = [.. Enumerable.Range(1, 9).Select(i => (IReadOnlyList<StyledLine>)[(StyledLine)i.ToString(System.Globalization.CultureInfo.InvariantCulture)])];
        ListState state = table.Render(buffer, buffer.Area, rows, new ListState(6, 0));
        Assert.Equal(new ListState(6, 5), state);
        ScreenAssert.Lines(buffer, "N  ", "6  ", "7  ");
    }
}
