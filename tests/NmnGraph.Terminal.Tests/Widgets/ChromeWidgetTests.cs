using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Terminal.Tests.Widgets;

public sealed class ChromeWidgetTests
{
    private static readonly KeyHint[] s_hints =
    [
        new("↑↓", "move"),
        new("enter", "open"),
        new("/", "search"),
        new("?", "help"),
        new("q", "quit"),
    ];

    [Fact]
    public void Tabs_highlight_the_selected_one_and_report_positions()
    {
        var buffer = new Buffer(30, 1);
        IReadOnlyList<Rect> positions = new Tabs().Render(buffer, buffer.Area, ["Articles", "Studies", "Claims"], 1);
        ScreenAssert.Lines(buffer, " Articles │ Studies │ Claims  ");
        Assert.Equal(new Rect(11, 0, 9, 1), positions[1]);
        Assert.True(buffer[12, 0].Style.Has(TextAttributes.Reverse));
        Assert.False(buffer[2, 0].Style.Has(TextAttributes.Reverse));
    }

    [Fact]
    public void Tabs_scroll_so_the_selected_tab_is_visible()
    {
        var buffer = new Buffer(20, 1);
        IReadOnlyList<Rect> positions = new Tabs().Render(buffer, buffer.Area, ["Articles", "Studies", "Claims", "Topics"], 3);
        ScreenAssert.Lines(buffer, " Claims │ Topics    ");
        Assert.True(positions[0].IsEmpty);
        Assert.Equal(new Rect(9, 0, 8, 1), positions[3]);
    }

    [Fact]
    public void Status_bar_shows_all_hints_that_fit()
    {
        var buffer = new Buffer(50, 1);
        new StatusBar().Render(buffer, buffer.Area, s_hints);
        ScreenAssert.Lines(buffer, "↑↓ move  enter open  / search  ? help  q quit     ");
        Assert.Equal(Style.Bold, buffer[6, 0].Style with { Attributes = buffer[9, 0].Style.Attributes });
    }

    [Fact]
    public void Status_bar_drops_hints_that_do_not_fit_and_says_so()
    {
        var buffer = new Buffer(24, 1);
        new StatusBar().Render(buffer, buffer.Area, s_hints);
        ScreenAssert.Lines(buffer, "↑↓ move  enter open …   ");
    }

    [Fact]
    public void Status_bar_message_takes_the_right_side()
    {
        var buffer = new Buffer(30, 1);
        new StatusBar().Render(buffer, buffer.Area, s_hints, "3 articles");
        ScreenAssert.Lines(buffer, "↑↓ move …           3 articles");

        buffer.Clear();
        new StatusBar().Render(buffer, buffer.Area, s_hints, "server unreachable at http://127.0.0.1:5080, press r to retry");
        ScreenAssert.Lines(buffer, "↑↓ move …      server unreach…");
    }

    [Fact]
    public void Help_overlay_is_centred_and_bordered()
    {
        var buffer = new Buffer(30, 8);
        for (int y = 0; y < 8; y++)
        {
            buffer.SetString(0, y, new string('.', 30), Style.Default);
        }

        Rect box = new HelpOverlay { Title = "Help" }.Render(buffer, buffer.Area, s_hints[..3]);
        Assert.Equal(new Rect(6, 1, 17, 5), box);
        ScreenAssert.Lines(
            buffer,
            "..............................",
            "......╭─ Help ────────╮.......",
            "......│ ↑↓     move   │.......",
            "......│ enter  open   │.......",
            "......│ /      search │.......",
            "......╰───────────────╯.......",
            "..............................",
            "..............................");
    }

    [Fact]
    public void Help_overlay_clips_on_a_small_screen_and_counts_the_rest()
    {
        var buffer = new Buffer(14, 5);
        new HelpOverlay { Title = "Help" }.Render(buffer, buffer.Area, s_hints);
        ScreenAssert.Lines(
            buffer,
            "╭─ Help ─────╮",
            "│ ↑↓    move │",
            "│ enter open │",
            "│ … 3 more   │",
            "╰────────────╯");
    }

    [Fact]
    public void Spinner_advances_with_ticks_and_wraps()
    {
        var spinner = new Spinner { Frames = Spinner.AsciiFrames };
        Assert.Equal(["|", "/", "-", "\\", "|"], Enumerable.Range(0, 5).Select(spinner.Frame));
        var buffer = new Buffer(12, 1);
        new Spinner().Render(buffer, 0, 0, tick: 2, "Loading");
        ScreenAssert.Lines(buffer, "⠹ Loading   ");
    }
}
