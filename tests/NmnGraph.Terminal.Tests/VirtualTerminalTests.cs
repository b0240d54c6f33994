using NmnGraph.Terminal.Input;

namespace NmnGraph.Terminal.Tests;

public sealed class VirtualTerminalTests
{
    private static VirtualTerminal Run(int width, int height, string output)
    {
        var terminal = new VirtualTerminal(width, height);
        terminal.Write(output);
        terminal.Flush();
        return terminal;
    }

    [Fact]
    public void Text_wraps_and_scrolls_like_a_terminal()
    {
        VirtualTerminal terminal = Run(4, 2, "abcdefgh\r\nij");
        ScreenAssert.Lines(terminal.Screen, "efgh", "ij  ");
    }

    [Fact]
    public void Cursor_moves_and_erases()
    {
        VirtualTerminal terminal = Run(6, 3, "abcdef\e[2;1Hghijkl\e[3;3Hxy\e[2;3H\e[K\e[1;2H\e[1K\e[3;1H\e[2C!");
        ScreenAssert.Lines(terminal.Screen, "  cdef", "gh    ", "  !y  ");
        Assert.Equal((3, 2), (terminal.CursorX, terminal.CursorY));
    }

    [Fact]
    public void Sgr_sets_colours_and_attributes()
    {
        VirtualTerminal terminal = Run(8, 1, "\e[1;4;38;5;208;48;2;1;2;3ma\e[22;24;39mb\e[7;94;41mc\e[0md");
        Assert.Equal(new Style(Color.Indexed(208), Color.Rgb(1, 2, 3), TextAttributes.Bold | TextAttributes.Underline), terminal.Screen[0, 0].Style);
        Assert.Equal(new Style(Color.Default, Color.Rgb(1, 2, 3), TextAttributes.None), terminal.Screen[1, 0].Style);
        Assert.Equal(new Style(Color.BrightBlue, Color.Red, TextAttributes.Reverse), terminal.Screen[2, 0].Style);
        Assert.Equal(Style.Default, terminal.Screen[3, 0].Style);
        Assert.Empty(terminal.UnknownSequences);
    }

    [Fact]
    public void Alternate_screen_keeps_the_main_screen()
    {
        VirtualTerminal terminal = Run(5, 1, "shell\e[?1049h\e[Happ");
        ScreenAssert.Lines(terminal.Screen, "app  ");
        terminal.Write("\e[?1049l");
        terminal.Flush();
        ScreenAssert.Lines(terminal.Screen, "shell");
    }

    [Fact]
    public void Unknown_sequences_are_recorded_not_printed()
    {
        VirtualTerminal terminal = Run(6, 1, "a\e[5ib\e[?9999hc");
        ScreenAssert.Lines(terminal.Screen, "abc   ");
        Assert.Equal(["\e[5i", "\e[?9999h"], terminal.UnknownSequences);
    }

    [Fact]
    public void A_sequence_split_between_flushes_is_joined()
    {
        var terminal = new VirtualTerminal(6, 1);
        terminal.Write("\e[3");
        terminal.Flush();
        terminal.Write("1mx");
        terminal.Flush();
        Assert.Equal(Color.Red, terminal.Screen[0, 0].Style.Foreground);
    }

    [Fact]
    public void Injected_input_is_decoded_and_resize_is_queued()
    {
        var terminal = new VirtualTerminal(10, 4);
        TerminalSize? notified = null;
        terminal.Resized += size => notified = size;
        terminal.InjectInput("k\e[A");
        terminal.Resize(40, 12);

        Assert.True(terminal.Events.TryRead(out InputEvent? first));
        Assert.Equal(KeyEvent.Char('k'), first);
        Assert.True(terminal.Events.TryRead(out InputEvent? second));
        Assert.Equal(new KeyEvent(Key.Up), second);
        Assert.True(terminal.Events.TryRead(out InputEvent? third));
        Assert.Equal(new ResizeEvent(40, 12), third);
        Assert.Equal(new TerminalSize(40, 12), notified);
        Assert.Equal(new TerminalSize(40, 12), terminal.Size);
    }

    [Fact]
    public void Restore_undoes_the_modes_even_without_the_renderer()
    {
        var terminal = new VirtualTerminal(10, 2);
        terminal.EnterRawMode();
        terminal.Write(TerminalSequences.EnterAlternateScreen + TerminalSequences.HideCursor + TerminalSequences.EnableMouse + "\e[1m");
        terminal.Flush();

        terminal.Restore();
        terminal.Restore();
        Assert.False(terminal.InRawMode);
        Assert.False(terminal.IsAlternateScreen);
        Assert.True(terminal.CursorVisible);
        Assert.False(terminal.MouseReporting);
        Assert.Equal(Style.Default, terminal.CurrentStyle);
        Assert.Equal(2, terminal.RestoreCount);
    }
}
