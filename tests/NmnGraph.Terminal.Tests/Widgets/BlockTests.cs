using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Terminal.Tests.Widgets;

public sealed class BlockTests
{
    [Fact]
    public void Draws_a_titled_border_and_returns_the_inside()
    {
        var buffer = new Buffer(12, 4);
        Rect inner = new Block { Title = "Claims" }.Render(buffer, buffer.Area);
        Assert.Equal(new Rect(1, 1, 10, 2), inner);
        ScreenAssert.Lines(
            buffer,
            "╭─ Claims ─╮",
            "│          │",
            "│          │",
            "╰──────────╯");
        Assert.Equal(Style.Bold, buffer[3, 0].Style);
    }

    [Fact]
    public void A_long_title_is_cut_with_an_ellipsis()
    {
        var buffer = new Buffer(10, 3);
        new Block { Title = "Supplementation", Kind = BorderKind.Plain }.Render(buffer, buffer.Area);
        ScreenAssert.Lines(
            buffer,
            "┌─ Supp… ┐",
            "│        │",
            "└────────┘");
    }

    [Fact]
    public void Ascii_border_inside_a_sub_area()
    {
        var buffer = new Buffer(8, 4);
        new Block { Kind = BorderKind.Ascii }.Render(buffer, new Rect(2, 1, 4, 3));
        ScreenAssert.Lines(
            buffer,
            "        ",
            "  +--+  ",
            "  |  |  ",
            "  +--+  ");
    }
}
