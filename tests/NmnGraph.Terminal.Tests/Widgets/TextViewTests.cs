using NmnGraph.Terminal.Input;
using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Terminal.Tests.Widgets;

public sealed class TextViewTests
{
    private static StyledText Article()
    {
        var text = new StyledText();
        for (int i = 1; i <= 10; i++)
        {
            text.Append($"line {i} ");
            if (i is 2 or 5 or 9)
            {
                text.Append($"ref{i}", tag: $"claim:{i}");
            }

            text.AppendLine();
        }

        return text;
    }

    [Fact]
    public void Renders_the_scrolled_window_with_links_styled()
    {
        TextLayout layout = TextLayout.Wrap(Article(), 14);
        var buffer = new Buffer(14, 3);
        var state = new TextViewState(Scroll: 1, SelectedLink: -1);
        IReadOnlyList<LinkHit> hits = new TextView().Render(buffer, buffer.Area, layout, state);
        ScreenAssert.Lines(
            buffer,
            "line 2 ref2   ",
            "line 3        ",
            "line 4        ");
        Assert.Equal([new LinkHit(3, "claim:2", new Rect(7, 0, 4, 1))], hits);
        Assert.Equal(TextAttributes.Underline, buffer[7, 0].Style.Attributes);
        Assert.Equal(TextAttributes.None, buffer[6, 0].Style.Attributes);
    }

    [Fact]
    public void Next_link_selects_the_first_visible_one_then_moves_on_scrolling_as_needed()
    {
        TextLayout layout = TextLayout.Wrap(Article(), 14);
        const int height = 3;
        var state = new TextViewState();
        state = state.NextLink(layout, height);
        Assert.Equal("claim:2", state.SelectedTag(layout));
        Assert.Equal(0, state.Scroll);

        state = state.NextLink(layout, height);
        Assert.Equal("claim:5", state.SelectedTag(layout));
        Assert.Equal(2, state.Scroll); // line 5 (index 4) is now the last visible line

        state = state.NextLink(layout, height);
        Assert.Equal("claim:9", state.SelectedTag(layout));
        Assert.Equal(6, state.Scroll);

        state = state.NextLink(layout, height);
        Assert.Equal("claim:9", state.SelectedTag(layout)); // stays at the last

        state = state.PreviousLink(layout, height).PreviousLink(layout, height);
        Assert.Equal("claim:2", state.SelectedTag(layout));
        Assert.Equal(1, state.Scroll);
    }

    [Fact]
    public void Selected_link_is_drawn_with_the_selection_style()
    {
        TextLayout layout = TextLayout.Wrap(Article(), 14);
        var buffer = new Buffer(14, 3);
        TextViewState state = new TextViewState().NextLink(layout, 3);
        new TextView().Render(buffer, buffer.Area, layout, state);
        Assert.True(buffer[7, 1].Style.Has(TextAttributes.Reverse));
        Assert.False(buffer[6, 1].Style.Has(TextAttributes.Reverse));
    }

    [Fact]
    public void After_scrolling_away_next_link_starts_from_the_screen()
    {
        TextLayout layout = TextLayout.Wrap(Article(), 14);
        TextViewState state = new TextViewState().NextLink(layout, 3).ScrollTo(5, layout, 3);
        Assert.Equal("claim:9", state.NextLink(layout, 3).SelectedTag(layout));
    }

    [Fact]
    public void Scroll_keys_clamp_to_the_text()
    {
        TextLayout layout = TextLayout.Wrap(Article(), 14);
        var state = new TextViewState();
        (state, bool handled) = state.Handle(new KeyEvent(Key.End), layout, 4);
        Assert.True(handled);
        Assert.Equal(6, state.Scroll);
        (state, _) = state.Handle(KeyEvent.Char('j'), layout, 4);
        Assert.Equal(6, state.Scroll);
        (state, _) = state.Handle(new KeyEvent(Key.PageUp), layout, 4);
        Assert.Equal(3, state.Scroll);
        (state, _) = state.Handle(KeyEvent.Char('g'), layout, 4);
        Assert.Equal(0, state.Scroll);
        (_, handled) = state.Handle(KeyEvent.Char('x'), layout, 4);
        Assert.False(handled);
    }
}
