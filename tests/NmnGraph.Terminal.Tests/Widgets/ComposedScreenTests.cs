using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Terminal.Tests.Widgets;

/// <summary>The widgets together, as a browser screen would use them, at a normal and a small size.</summary>
public sealed class ComposedScreenTests
{
    private static Buffer Draw(int width, int height)
    {
        var buffer = new Buffer(width, height);
        Rect[] rows = Layout.Vertical(buffer.Area, Constraint.Fixed(1), Constraint.Fill(), Constraint.Fixed(1));
        new Tabs().Render(buffer, rows[0], ["Articles", "Studies", "Claims", "Topics"], 0);
        Rect[] panes = Layout.Horizontal(rows[1], Constraint.Percent(40), Constraint.Fill());
        Rect listArea = new Block { Title = "Articles" }.Render(buffer, panes[0]);
        new ListView().Render(buffer, listArea, ["NMN and bone health", "烟酰胺单核苷酸 skin study", "Ageing myths"], new ListState(1, 0));
        Rect detailArea = new Block { Title = "Detail" }.Render(buffer, panes[1]);
        var text = new StyledText()
            .Append("Claim: ", Style.Bold)
            .Append("NMN restores bone density in aged mice, citing ")
            .Append("Lu 2023", tag: "study:lu-2023")
            .Append(".");
        TextLayout layout = TextLayout.Wrap(text, detailArea.Width);
        new TextView().Render(buffer, detailArea, layout, new TextViewState().NextLink(layout, detailArea.Height));
        new StatusBar().Render(buffer, rows[2], [new("↑↓", "move"), new("enter", "open"), new("/", "search"), new("?", "help"), new("q", "quit")]);
        return buffer;
    }

    [Fact]
    public void At_80_by_24()
    {
        Buffer buffer = Draw(80, 24);
        IReadOnlyList<string> lines = buffer.ToLines();
        Assert.Equal(" Articles │ Studies │ Claims │ Topics ".PadRight(80), lines[0]);
        Assert.Equal("╭─ Articles ───────────────────╮╭─ Detail ─────────────────────────────────────╮", lines[1]);
        Assert.Equal("│  NMN and bone health         ││Claim: NMN restores bone density in aged mice,│", lines[2]);
        Assert.Equal("│▸ 烟酰胺单核苷酸 skin study   ││citing Lu 2023.                               │", lines[3]);
        Assert.Equal("╰──────────────────────────────╯╰──────────────────────────────────────────────╯", lines[22]);
        Assert.True(buffer[40, 3].Style.Has(TextAttributes.Reverse)); // the selected link "Lu 2023"
        Assert.Equal("↑↓ move  enter open  / search  ? help  q quit".PadRight(80), lines[23]);
    }

    [Fact]
    public void At_40_by_12_everything_is_clipped_not_broken()
    {
        Buffer buffer = Draw(40, 12);
        IReadOnlyList<string> lines = buffer.ToLines();
        Assert.All(lines, l => Assert.Equal(40, DisplayWidth.Of(l)));
        ScreenAssert.Lines(
            buffer,
            " Articles │ Studies │ Claims │ Topics   ",
            "╭─ Articles ───╮╭─ Detail ─────────────╮",
            "│  NMN and bon…││Claim: NMN restores   │",
            "│▸ 烟酰胺单核… ││bone density in aged  │",
            "│  Ageing myths││mice, citing Lu 2023. │",
            "│              ││                      │",
            "│              ││                      │",
            "│              ││                      │",
            "│              ││                      │",
            "│              ││                      │",
            "╰──────────────╯╰──────────────────────╯",
            "↑↓ move  enter open  / search  ? help … ");
    }
}
