namespace NmnGraph.Terminal.Tests;

public sealed class RendererTests
{
    private static readonly Style s_title = new(Color.Rgb(255, 135, 0), Color.Default, TextAttributes.Bold);
    private static readonly Style s_selected = new(Color.Black, Color.Indexed(39), TextAttributes.None);

    [Fact]
    public void Start_takes_over_the_screen_and_stop_gives_it_back()
    {
        var terminal = new VirtualTerminal(10, 3);
        var renderer = new Renderer(terminal);
        renderer.Start();
        Assert.True(terminal.IsAlternateScreen);
        Assert.False(terminal.CursorVisible);
        Assert.True(terminal.BracketedPaste);
        Assert.True(terminal.MouseReporting);

        renderer.Stop();
        Assert.False(terminal.IsAlternateScreen);
        Assert.True(terminal.CursorVisible);
        Assert.False(terminal.BracketedPaste);
        Assert.False(terminal.MouseReporting);
        Assert.Equal(Style.Default, terminal.CurrentStyle);
        Assert.Empty(terminal.UnknownSequences);
    }

    [Fact]
    public void Replayed_output_reproduces_text_and_styles()
    {
        var terminal = new VirtualTerminal(20, 4);
        var renderer = new Renderer(terminal);
        renderer.Start();
        Buffer frame = SampleFrame(20, 4);
        renderer.Render(frame);

        ScreenAssert.Lines(terminal.Screen, [.. frame.ToLines()]);
        AssertSameCells(frame, terminal.Screen);
        Assert.Empty(terminal.UnknownSequences);
    }

    [Fact]
    public void Only_changed_cells_are_written()
    {
        var terminal = new VirtualTerminal(20, 4);
        var renderer = new Renderer(terminal);
        renderer.Start();
        Buffer frame = SampleFrame(20, 4);
        renderer.Render(frame);
        string first = terminal.TakeOutput();

        Buffer next = frame.Clone();
        next.SetString(5, 2, "X", Style.Default);
        renderer.Render(next);
        string second = terminal.TakeOutput();

        Assert.Equal("\e[3;6HX", second);
        Assert.True(second.Length * 5 < first.Length);
        AssertSameCells(next, terminal.Screen);
    }

    [Fact]
    public void An_unchanged_frame_writes_nothing()
    {
        var terminal = new VirtualTerminal(20, 4);
        var renderer = new Renderer(terminal);
        renderer.Start();
        renderer.Render(SampleFrame(20, 4));
        terminal.TakeOutput();

        renderer.Render(SampleFrame(20, 4));
        Assert.Equal(string.Empty, terminal.TakeOutput());
        Assert.Equal(0, renderer.LastFrameLength);
    }

    [Fact]
    public void Changing_a_style_writes_only_the_needed_sgr()
    {
        var terminal = new VirtualTerminal(10, 1);
        var renderer = new Renderer(terminal);
        renderer.Start();
        var frame = new Buffer(10, 1);
        frame.SetString(0, 0, "ab", Style.Bold);
        frame.SetString(2, 0, "cd", Style.Bold.WithForeground(Color.Red));
        renderer.Render(frame);

        string output = terminal.TakeOutput();
        Assert.Contains("\e[1mab\e[31mcd\e[0m", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Wide_characters_and_combining_marks_survive_the_round_trip()
    {
        var terminal = new VirtualTerminal(12, 2);
        var renderer = new Renderer(terminal);
        renderer.Start();
        var frame = new Buffer(12, 2);
        frame.SetString(0, 0, "中文 e\u0301 😀x", Style.Default);
        frame.SetString(0, 1, "한국어", Style.Reverse);
        renderer.Render(frame);
        AssertSameCells(frame, terminal.Screen);

        // Replace a wide character by two narrow ones and back.
        Buffer next = frame.Clone();
        next.SetString(0, 0, "ab", Style.Default);
        renderer.Render(next);
        AssertSameCells(next, terminal.Screen);
        renderer.Render(frame);
        AssertSameCells(frame, terminal.Screen);
    }

    [Fact]
    public void No_color_output_has_attributes_but_no_colours()
    {
        var terminal = new VirtualTerminal(20, 4, ColorSupport.None);
        var renderer = new Renderer(terminal);
        renderer.Start();
        renderer.Render(SampleFrame(20, 4));
        string output = terminal.TakeOutput();

        Assert.DoesNotContain("38;", output, StringComparison.Ordinal);
        Assert.DoesNotContain("48;", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\e[30", output, StringComparison.Ordinal);
        Assert.Contains("\e[1m", output, StringComparison.Ordinal);
        Assert.Equal(TextAttributes.Bold, terminal.Screen[0, 0].Style.Attributes);
        Assert.Equal(Color.Default, terminal.Screen[0, 0].Style.Foreground);
    }

    [Theory]
    [InlineData(ColorSupport.TrueColor, "\e[1;38;2;255;135;0m")]
    [InlineData(ColorSupport.Indexed256, "\e[1;38;5;208m")]
    [InlineData(ColorSupport.Ansi16, "\e[1;33m")]
    public void Colours_are_downgraded_to_the_terminal(ColorSupport support, string expectedCode)
    {
        var terminal = new VirtualTerminal(20, 4, support);
        var renderer = new Renderer(terminal);
        renderer.Start();
        renderer.Render(SampleFrame(20, 4));
        Assert.Contains(expectedCode, terminal.TakeOutput(), StringComparison.Ordinal);
        Assert.Equal(s_title.Foreground.Downgrade(support), terminal.Screen[0, 0].Style.Foreground);
    }

    [Fact]
    public void Resize_forces_a_full_redraw()
    {
        var terminal = new VirtualTerminal(20, 4);
        var renderer = new Renderer(terminal);
        renderer.Start();
        renderer.Render(SampleFrame(20, 4));

        terminal.Resize(40, 12);
        Assert.All(terminal.Screen.ToLines(), l => Assert.Equal(new string(' ', 40), l)); // the emulator lost the content
        Buffer big = SampleFrame(40, 12);
        renderer.Render(big);
        Assert.Contains(TerminalSequences.ClearScreen, terminal.TakeOutput(), StringComparison.Ordinal);
        AssertSameCells(big, terminal.Screen);

        terminal.Resize(20, 4);
        Buffer small = SampleFrame(20, 4);
        renderer.Render(small);
        AssertSameCells(small, terminal.Screen);
    }

    [Fact]
    public void Invalidate_redraws_everything_after_something_else_scribbled_on_the_screen()
    {
        var terminal = new VirtualTerminal(20, 4);
        var renderer = new Renderer(terminal);
        renderer.Start();
        Buffer frame = SampleFrame(20, 4);
        renderer.Render(frame);
        terminal.Write("\e[1;1Hgarbage");
        terminal.Flush();

        renderer.Invalidate();
        renderer.Render(frame);
        AssertSameCells(frame, terminal.Screen);
    }

    [Fact]
    public void Synchronized_output_wraps_each_frame()
    {
        var terminal = new VirtualTerminal(20, 4);
        var renderer = new Renderer(terminal, new RendererOptions { SynchronizedOutput = true });
        renderer.Start();
        terminal.TakeOutput();
        renderer.Render(SampleFrame(20, 4));
        string output = terminal.TakeOutput();
        Assert.StartsWith(TerminalSequences.BeginSynchronizedUpdate, output, StringComparison.Ordinal);
        Assert.EndsWith(TerminalSequences.EndSynchronizedUpdate, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_column_of_last_row_does_not_scroll()
    {
        var terminal = new VirtualTerminal(5, 2);
        var renderer = new Renderer(terminal);
        renderer.Start();
        var frame = new Buffer(5, 2);
        frame.SetString(0, 0, "top", Style.Default);
        frame.SetString(0, 1, "abcde", Style.Default);
        renderer.Render(frame);
        ScreenAssert.Lines(terminal.Screen, "top  ", "abcde");
    }

    private static Buffer SampleFrame(int width, int height)
    {
        var frame = new Buffer(width, height);
        frame.SetString(0, 0, "NMN articles", s_title);
        frame.Fill(new Rect(0, 1, width, 1), Cell.Space(s_selected));
        frame.SetString(0, 1, "> Lu 2023 骨", s_selected);
        frame.SetString(2, 2, "claims", new Style(Color.Green, Color.Default, TextAttributes.Underline | TextAttributes.Italic));
        frame.SetString(0, height - 1, "q quit", Style.Default.Add(TextAttributes.Dim));
        return frame;
    }

    private static void AssertSameCells(Buffer expected, Buffer actual)
    {
        Assert.Equal(expected.Width, actual.Width);
        Assert.Equal(expected.Height, actual.Height);
        for (int y = 0; y < expected.Height; y++)
        {
            for (int x = 0; x < expected.Width; x++)
            {
                Cell e = expected[x, y], a = actual[x, y];
                Assert.True(
                    e.Text == a.Text && e.Width == a.Width && e.Style == a.Style,
                    $"Cell ({x},{y}): expected '{e.Text}' w{e.Width} {e.Style}, got '{a.Text}' w{a.Width} {a.Style}");
            }
        }
    }
}
