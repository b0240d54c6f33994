using NmnGraph.Terminal.Input;
using NmnGraph.Terminal.Widgets;
using NmnGraph.Tui.App;
using NmnGraph.Tui.Screens;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>One key map drives what keys do, the footer and the help; → opens in a list and ← goes back in the detail.</summary>
public sealed class KeyMapTests
{
    [Fact]
    public void Right_and_l_open_the_selection_in_a_list_and_left_and_h_come_back_from_the_detail()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press(Key.Right);
        Assert.Equal((ListTab.Articles, PaneFocus.Detail), (ui.State.Tab, ui.State.Focus));
        Assert.Equal(new EntityRef(EntityKind.Article, Fixtures.BoneSlug), ui.State.Current?.Target);
        ui.Press(Key.Left);
        Assert.Equal(PaneFocus.List, ui.State.Focus);
        ui.Press(Key.Down).Press('l');
        Assert.Equal(new EntityRef(EntityKind.Article, Fixtures.SkinSlug), ui.State.Current?.Target);
        ui.Press('h');
        Assert.Equal(new EntityRef(EntityKind.Article, Fixtures.BoneSlug), ui.State.Current?.Target);
        ui.Press(']');
        Assert.Equal(ListTab.Studies, ui.State.Tab);
    }

    [Fact]
    public void Help_lists_every_binding_that_applies_and_the_footer_only_keys_that_work()
    {
        using TuiDriver ui = TuiDriver.WithFake(width: 120, height: 40);
        foreach (bool detail in new[] { false, true })
        {
            if (detail)
            {
                ui.Press(Key.Enter);
            }

            Assert.Equal(detail, ui.State.Focus == PaneFocus.Detail);
            IReadOnlyList<KeyHint> help = BrowserKeys.Help(ui.State);
            foreach (KeyBinding binding in BrowserKeyMap.Applying(detail).Where(b => b.Action != BrowserAction.PreviousTab && !(b.Action == BrowserAction.Back && ui.State.Current is null)))
            {
                Assert.Contains(help, h => h.Keys == binding.Keys);
            }

            // Every footer key, pressed, is a binding of the map that applies here.
            foreach (KeyHint hint in BrowserKeys.Footer(ui.State))
            {
                Assert.Contains(BrowserKeyMap.Applying(detail), b => b.Footer?.Key == hint.Keys || (hint.Keys == "r" && b.Action == BrowserAction.Refresh));
            }

            ui.Press('?');
            ui.Screen.AssertContains("Keys (Esc closes)").AssertContains("Tab").AssertContains(":topic").AssertContains("r Ctrl+R");
            ui.Press(Key.Escape);
        }
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    public void Help_and_version_are_read(string flag)
    {
        (TuiOptions? options, string? error) = TuiOptions.Parse([flag]);
        Assert.Null(error);
        Assert.Equal((flag == "--help", flag == "--version"), (options!.ShowHelp, options.ShowVersion));
    }
}
