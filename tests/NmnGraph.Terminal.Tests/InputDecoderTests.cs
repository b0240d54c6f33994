using System.Text;
using NmnGraph.Terminal.Input;

namespace NmnGraph.Terminal.Tests;

public sealed class InputDecoderTests
{
    public static TheoryData<string, KeyEvent> Keys => new()
    {
        { "a", KeyEvent.Char('a') },
        { "Z", KeyEvent.Char('Z') },
        { " ", KeyEvent.Char(' ') },
        { "é", KeyEvent.Char('é') },
        { "中", KeyEvent.Char('中') },
        { "😀", new KeyEvent(Key.Char, Modifiers.None, Rune.GetRuneAt("😀", 0)) },
        { "\r", new KeyEvent(Key.Enter) },
        { "\n", new KeyEvent(Key.Enter) },
        { "\t", new KeyEvent(Key.Tab) },
        { "\e[Z", new KeyEvent(Key.Tab, Modifiers.Shift) },
        { "\x7f", new KeyEvent(Key.Backspace) },
        { "\b", new KeyEvent(Key.Backspace) },
        { "\e", new KeyEvent(Key.Escape) },
        { "\x03", KeyEvent.CtrlChar('c') },
        { "\x01", KeyEvent.CtrlChar('a') },
        { "\x15", KeyEvent.CtrlChar('u') },
        { "\x17", KeyEvent.CtrlChar('w') },
        { "\x00", new KeyEvent(Key.Char, Modifiers.Ctrl, new Rune(' ')) },
        { "\x1f", new KeyEvent(Key.Char, Modifiers.Ctrl, new Rune('_')) },
        { "\e[A", new KeyEvent(Key.Up) },
        { "\e[B", new KeyEvent(Key.Down) },
        { "\e[C", new KeyEvent(Key.Right) },
        { "\e[D", new KeyEvent(Key.Left) },
        { "\eOA", new KeyEvent(Key.Up) },
        { "\eOD", new KeyEvent(Key.Left) },
        { "\e[H", new KeyEvent(Key.Home) },
        { "\e[F", new KeyEvent(Key.End) },
        { "\eOH", new KeyEvent(Key.Home) },
        { "\eOF", new KeyEvent(Key.End) },
        { "\e[1~", new KeyEvent(Key.Home) },
        { "\e[4~", new KeyEvent(Key.End) },
        { "\e[7~", new KeyEvent(Key.Home) },
        { "\e[8~", new KeyEvent(Key.End) },
        { "\e[2~", new KeyEvent(Key.Insert) },
        { "\e[3~", new KeyEvent(Key.Delete) },
        { "\e[5~", new KeyEvent(Key.PageUp) },
        { "\e[6~", new KeyEvent(Key.PageDown) },
        { "\eOP", new KeyEvent(Key.F1) },
        { "\eOQ", new KeyEvent(Key.F2) },
        { "\eOR", new KeyEvent(Key.F3) },
        { "\eOS", new KeyEvent(Key.F4) },
        { "\e[15~", new KeyEvent(Key.F5) },
        { "\e[17~", new KeyEvent(Key.F6) },
        { "\e[18~", new KeyEvent(Key.F7) },
        { "\e[19~", new KeyEvent(Key.F8) },
        { "\e[20~", new KeyEvent(Key.F9) },
        { "\e[21~", new KeyEvent(Key.F10) },
        { "\e[23~", new KeyEvent(Key.F11) },
        { "\e[24~", new KeyEvent(Key.F12) },
        { "\e[1;3C", new KeyEvent(Key.Right, Modifiers.Alt) },
        { "\e[1;5A", new KeyEvent(Key.Up, Modifiers.Ctrl) },
        { "\e[1;2B", new KeyEvent(Key.Down, Modifiers.Shift) },
        { "\e[1;6D", new KeyEvent(Key.Left, Modifiers.Ctrl | Modifiers.Shift) },
        { "\e[1;9C", new KeyEvent(Key.Right, Modifiers.Alt) }, // meta reads as Alt
        { "\e[3;5~", new KeyEvent(Key.Delete, Modifiers.Ctrl) },
        { "\e[1;2P", new KeyEvent(Key.F1, Modifiers.Shift) },
        { "\e[15;5~", new KeyEvent(Key.F5, Modifiers.Ctrl) },
        { "\ex", new KeyEvent(Key.Char, Modifiers.Alt, new Rune('x')) },
        { "\eé", new KeyEvent(Key.Char, Modifiers.Alt, new Rune('é')) },
        { "\e\x7f", new KeyEvent(Key.Backspace, Modifiers.Alt) },
        { "\e\r", new KeyEvent(Key.Enter, Modifiers.Alt) },
        { "\e\x02", new KeyEvent(Key.Char, Modifiers.Ctrl | Modifiers.Alt, new Rune('b')) },
        { "\e[13u", new KeyEvent(Key.Enter) },
        { "\e[97;5u", KeyEvent.CtrlChar('a') },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void Decodes_keys(string input, KeyEvent expected)
    {
        var decoder = new InputDecoder();
        Assert.Equal([expected], decoder.Decode(input));
    }

    [Fact]
    public void Decodes_several_keys_in_one_chunk()
    {
        var decoder = new InputDecoder();
        IReadOnlyList<InputEvent> events = decoder.Decode("j\e[Bk\e\e[A\r");
        Assert.Equal(
            [KeyEvent.Char('j'), new KeyEvent(Key.Down), KeyEvent.Char('k'), new KeyEvent(Key.Escape), new KeyEvent(Key.Up), new KeyEvent(Key.Enter)],
            events);
    }

    [Fact]
    public void A_lone_escape_at_the_end_of_a_chunk_is_reported_at_once()
    {
        var decoder = new InputDecoder();
        Assert.Equal([new KeyEvent(Key.Escape)], decoder.Decode("\e"));
        Assert.Equal([KeyEvent.Char('[')], decoder.Decode("["));
    }

    [Fact]
    public void A_sequence_cut_after_its_introducer_is_completed_by_the_next_chunk()
    {
        var decoder = new InputDecoder();
        Assert.Empty(decoder.Decode("\e[1;"));
        Assert.Equal([new KeyEvent(Key.Right, Modifiers.Ctrl)], decoder.Decode("5C"));
        Assert.Empty(decoder.Decode("\eO"));
        Assert.Equal([new KeyEvent(Key.F1)], decoder.Decode("P"));
    }

    [Fact]
    public void Utf8_split_across_chunks_is_joined()
    {
        var decoder = new InputDecoder();
        byte[] bytes = Encoding.UTF8.GetBytes("中");
        Assert.Empty(decoder.Decode(bytes.AsSpan(0, 1)));
        Assert.Empty(decoder.Decode(bytes.AsSpan(1, 1)));
        Assert.Equal([KeyEvent.Char('中')], decoder.Decode(bytes.AsSpan(2, 1)));
    }

    [Theory]
    [InlineData("\e[999~")]
    [InlineData("\e[?1;2c")] // device attributes reply
    [InlineData("\e[I")] // focus in
    [InlineData("\e[1;2$x")] // intermediates
    [InlineData("\eOz")]
    [InlineData("\e[<66;1;1M")] // horizontal wheel
    [InlineData("\e[<0;1M")] // malformed mouse
    public void Unknown_sequences_are_swallowed(string input)
    {
        var decoder = new InputDecoder();
        Assert.Equal([KeyEvent.Char('q')], decoder.Decode(input + "q"));
    }

    [Fact]
    public void An_endless_sequence_is_dropped_instead_of_buffered_forever()
    {
        var decoder = new InputDecoder();
        Assert.Empty(decoder.Decode("\e[" + new string('1', 100)));
        Assert.Equal([KeyEvent.Char('q')], decoder.Decode("q"));
    }

    [Fact]
    public void Invalid_utf8_is_dropped()
    {
        var decoder = new InputDecoder();
        Assert.Equal([KeyEvent.Char('a')], decoder.Decode([0xFF, 0xC3, (byte)'a']));
    }

    [Fact]
    public void Bracketed_paste_arrives_as_one_event_with_escapes_and_newlines_kept()
    {
        var decoder = new InputDecoder();
        IReadOnlyList<InputEvent> events = decoder.Decode("x\e[200~line 1\r\nq\e[A 中\e[201~y");
        Assert.Equal([KeyEvent.Char('x'), new PasteEvent("line 1\r\nq\e[A 中"), KeyEvent.Char('y')], events);
    }

    [Fact]
    public void Bracketed_paste_split_across_chunks_including_the_terminator()
    {
        var decoder = new InputDecoder();
        Assert.Empty(decoder.Decode("\e[200~hello "));
        Assert.Empty(decoder.Decode("world\e[20"));
        Assert.Equal([new PasteEvent("hello world"), new KeyEvent(Key.Enter)], decoder.Decode("1~\r"));
    }

    public static TheoryData<string, MouseEvent> Mice => new()
    {
        { "\e[<0;10;5M", new MouseEvent(MouseAction.Press, MouseButton.Left, 9, 4) },
        { "\e[<0;10;5m", new MouseEvent(MouseAction.Release, MouseButton.Left, 9, 4) },
        { "\e[<2;1;1M", new MouseEvent(MouseAction.Press, MouseButton.Right, 0, 0) },
        { "\e[<1;3;3M", new MouseEvent(MouseAction.Press, MouseButton.Middle, 2, 2) },
        { "\e[<64;20;7M", new MouseEvent(MouseAction.WheelUp, MouseButton.None, 19, 6) },
        { "\e[<65;20;7M", new MouseEvent(MouseAction.WheelDown, MouseButton.None, 19, 6) },
        { "\e[<16;4;2M", new MouseEvent(MouseAction.Press, MouseButton.Left, 3, 1, Modifiers.Ctrl) },
        { "\e[<12;4;2M", new MouseEvent(MouseAction.Press, MouseButton.Left, 3, 1, Modifiers.Shift | Modifiers.Alt) },
        { "\e[<32;5;5M", new MouseEvent(MouseAction.Drag, MouseButton.Left, 4, 4) },
        { "\e[<35;5;5M", new MouseEvent(MouseAction.Move, MouseButton.None, 4, 4) },
        { "\e[<0;300;120M", new MouseEvent(MouseAction.Press, MouseButton.Left, 299, 119) },
    };

    [Theory]
    [MemberData(nameof(Mice))]
    public void Decodes_sgr_mouse(string input, MouseEvent expected)
    {
        var decoder = new InputDecoder();
        Assert.Equal([expected], decoder.Decode(input));
    }

    [Fact]
    public void Key_event_helpers()
    {
        Assert.True(KeyEvent.Char('q').IsChar('q'));
        Assert.False(new KeyEvent(Key.Char, Modifiers.Alt, new Rune('q')).IsChar('q'));
        Assert.True(KeyEvent.CtrlChar('C').IsCtrl('c'));
        Assert.Equal("Ctrl+Alt+Right", new KeyEvent(Key.Right, Modifiers.Ctrl | Modifiers.Alt).ToString());
    }
}
