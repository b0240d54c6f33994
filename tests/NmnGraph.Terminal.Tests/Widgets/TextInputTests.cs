using NmnGraph.Terminal.Input;
using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Terminal.Tests.Widgets;

public sealed class TextInputTests
{
    private static TextInputState Type(TextInputState state, string input)
    {
        foreach (InputEvent e in new InputDecoder().Decode(input))
        {
            state = e switch
            {
                KeyEvent key => state.Handle(key).State,
                PasteEvent paste => state.Paste(paste),
                _ => state,
            };
        }

        return state;
    }

    [Theory]
    [InlineData("abc", "abc", 3)]
    [InlineData("abc\x7f", "ab", 2)]
    [InlineData("abc\e[D\e[D\x7f", "bc", 0)]
    [InlineData("abc\e[H\e[3~", "bc", 0)]
    [InlineData("abc\e[Hx\e[Fy", "xabcy", 5)]
    [InlineData("abc\e[D\e[DX", "aXbc", 2)]
    [InlineData("one two\x15", "", 0)] // Ctrl+U
    [InlineData("one two\e[D\e[D\x15", "wo", 0)]
    [InlineData("one two  \x17", "one ", 4)] // Ctrl+W eats the spaces and the word
    [InlineData("one two\x0b", "one two", 7)] // Ctrl+K at the end does nothing
    [InlineData("one two\x01\x0b", "", 0)] // Ctrl+A then Ctrl+K
    [InlineData("x\e[200~pasted\r\ntext\e[201~", "xpasted text", 12)]
    [InlineData("\e[D\e[D\x7f\e[3~", "", 0)] // editing an empty line is harmless
    public void Editing_keys(string input, string expectedText, int expectedCursor)
    {
        TextInputState state = Type(TextInputState.Empty, input);
        Assert.Equal(new TextInputState(expectedText, expectedCursor), state);
    }

    [Fact]
    public void Cursor_moves_over_whole_graphemes()
    {
        TextInputState state = TextInputState.WithText("ae\u0301😀");
        state = state.Left();
        Assert.Equal(3, state.Cursor); // before the surrogate pair
        state = state.Left();
        Assert.Equal(1, state.Cursor); // before e + combining accent
        state = state.Delete();
        Assert.Equal("a😀", state.Text);
        state = state.End().Backspace();
        Assert.Equal("a", state.Text);
    }

    [Fact]
    public void Enter_and_escape_are_left_to_the_caller()
    {
        Assert.False(TextInputState.Empty.Handle(new KeyEvent(Key.Enter)).Handled);
        Assert.False(TextInputState.Empty.Handle(new KeyEvent(Key.Escape)).Handled);
        Assert.False(TextInputState.Empty.Handle(new KeyEvent(Key.Tab)).Handled);
    }

    [Fact]
    public void Renders_prompt_text_and_cursor()
    {
        var buffer = new Buffer(10, 1);
        new TextInput { Prompt = "/" }.Render(buffer, buffer.Area, TextInputState.WithText("nmn"));
        ScreenAssert.Lines(buffer, "/nmn      ");
        Assert.Equal(Style.Reverse, buffer[4, 0].Style);
        Assert.Equal(Style.Bold, buffer[0, 0].Style);
    }

    [Fact]
    public void Scrolls_horizontally_to_keep_the_cursor_visible()
    {
        var buffer = new Buffer(8, 1);
        var input = new TextInput { Prompt = ": " };
        input.Render(buffer, buffer.Area, TextInputState.WithText("study lu-2023"));
        ScreenAssert.Lines(buffer, ": -2023 ");
        Assert.Equal(Style.Reverse, buffer[7, 0].Style);

        buffer.Clear();
        input.Render(buffer, buffer.Area, TextInputState.WithText("study lu-2023").Home());
        ScreenAssert.Lines(buffer, ": study ");
        Assert.Equal(Style.Reverse, buffer[2, 0].Style);
    }

    [Fact]
    public void Placeholder_shows_while_empty()
    {
        var buffer = new Buffer(10, 1);
        new TextInput { Placeholder = "search" }.Render(buffer, buffer.Area, TextInputState.Empty);
        ScreenAssert.Lines(buffer, "search    ");
        Assert.True(buffer[1, 0].Style.Has(TextAttributes.Dim));
        Assert.True(buffer[0, 0].Style.Has(TextAttributes.Reverse)); // the cursor sits on it
    }
}
