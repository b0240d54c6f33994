using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Terminal.Tests.Widgets;

public sealed class LayoutTests
{
    [Fact]
    public void Vertical_split_with_header_fill_and_footer()
    {
        Rect[] rows = Layout.Vertical(new Rect(0, 0, 80, 24), Constraint.Fixed(1), Constraint.Fill(), Constraint.Fixed(1));
        Assert.Equal([new Rect(0, 0, 80, 1), new Rect(0, 1, 80, 22), new Rect(0, 23, 80, 1)], rows);
    }

    [Fact]
    public void Horizontal_split_with_percent_and_weighted_fills()
    {
        Rect[] columns = Layout.Horizontal(new Rect(0, 0, 100, 10), Constraint.Percent(40), Constraint.Fill(1), Constraint.Fill(2));
        Assert.Equal([40, 20, 40], columns.Select(c => c.Width));
        Assert.Equal([0, 40, 60], columns.Select(c => c.X));
    }

    [Fact]
    public void Spacing_is_left_between_columns()
    {
        Rect[] columns = Layout.Horizontal(new Rect(2, 0, 21, 1), 1, Constraint.Fixed(5), Constraint.Fill(), Constraint.Fixed(5));
        Assert.Equal([(2, 5), (8, 9), (18, 5)], columns.Select(c => (c.X, c.Width)));
    }

    [Fact]
    public void Fixed_parts_are_cut_when_there_is_not_enough_room()
    {
        Assert.Equal([3, 2, 0], Layout.Sizes(5, 0, [Constraint.Fixed(3), Constraint.Fixed(3), Constraint.Fill()]));
        Assert.Equal([0, 0], Layout.Sizes(0, 0, [Constraint.Fixed(3), Constraint.Fill()]));
    }

    [Fact]
    public void Rounding_leftovers_go_to_the_last_fill()
    {
        Assert.Equal([3, 4], Layout.Sizes(7, 0, [Constraint.Fill(), Constraint.Fill()]));
    }
}
