using NmnGraph.Terminal;
using NmnGraph.Terminal.Input;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>Clicks, double clicks and the wheel; links as OSC 8 hyperlinks; y copies through OSC 52 and o opens URLs.</summary>
public sealed class MouseAndLinksTests
{
    [Fact]
    public void A_click_selects_a_row_or_a_tab_and_a_double_click_opens_the_row()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Click("NMN prevents inflammatory", fromRow: 2);
        Assert.Equal((1, PaneFocus.List), (ui.State.CurrentList.Selection.Selected, ui.State.Focus));
        Assert.Equal(new EntityRef(EntityKind.Article, Fixtures.SkinSlug), ui.State.Current?.Target); // previewed

        ui.Click("Claims", fromRow: 0);
        Assert.Equal(ListTab.Claims, ui.State.Tab);
        ui.Screen.AssertContains("Claims 1/3");

        ui.Click("NMN promotes bone", fromRow: 3);
        Assert.Equal((1, PaneFocus.List), (ui.State.CurrentList.Selection.Selected, ui.State.Focus));
        ui.Click("NMN promotes bone", fromRow: 3);
        Assert.Equal(PaneFocus.Detail, ui.State.Focus);
        Assert.Equal(new EntityRef(EntityKind.Claim, Fixtures.HealingClaim), ui.State.Current?.Target);
        Assert.False(ui.State.Current!.Preview);
    }

    [Fact]
    public void A_click_on_a_link_follows_it_and_the_wheel_scrolls_the_pane_under_the_pointer()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press(Key.Enter);
        int column = ui.Screen.Lines[2].IndexOf("╭─ Article:", StringComparison.Ordinal) + 5; // inside the detail pane

        ui.Wheel(column, 10, down: true);
        Assert.Equal(3, ui.State.Current!.View.Scroll);
        Assert.Equal(0, ui.State.CurrentList.Selection.Selected);
        ui.Wheel(2, 5, down: true);
        Assert.Equal(1, ui.State.CurrentList.Selection.Selected);
        Assert.Equal(PaneFocus.List, ui.State.Focus);

        ui.Wheel(column, 10, down: false);
        ui.Click(Fixtures.LuLabel, fromRow: 2);
        ui.Screen.AssertContains("Study: " + Fixtures.LuLabel);
        Assert.Equal(new EntityRef(EntityKind.Study, Fixtures.LuSlug), ui.State.Current?.Target);
        Assert.Equal(PaneFocus.Detail, ui.State.Focus);
    }

    [Fact]
    public void Y_copies_the_selected_doi_or_url_else_the_page_or_row_identifier_through_osc_52()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press('2').Press('y');
        Assert.Equal(Fixtures.LuDoi, ui.Terminal.Clipboard);
        ui.Screen.AssertContains("Copied " + Fixtures.LuDoi);
        ui.Press(Key.Down).Press('y');
        Assert.Equal(Fixtures.WuhanSlug, ui.Terminal.Clipboard); // no DOI: its slug

        ui.Type(":study " + Fixtures.LuSlug + "\r").Press('y');
        Assert.Equal(Fixtures.LuDoi, ui.Terminal.Clipboard);
        ui.Follow("url:https://pubmed.ncbi.nlm.nih.gov/" + Fixtures.LuPmid + "/");
        ui.Press('y');
        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/" + Fixtures.LuPmid + "/", ui.Terminal.Clipboard);
    }

    [Fact]
    public void O_and_enter_open_web_links_with_the_system_opener_and_say_so_when_there_is_none()
    {
        var opener = new RecordingOpener();
        using (var ui = new TuiDriver(80, 24, new FakeTransport(), opener: opener))
        {
            ui.Press(Key.Enter).Press('o');
            Assert.Equal(["https://example.org/bone"], opener.Opened);
            ui.Screen.AssertContains("Opened https://example.org/bone with xdg-open.");
            ui.Type(":study " + Fixtures.LuSlug + "\r").Follow("doi:" + Fixtures.LuDoi);
            Assert.Equal("https://doi.org/" + Fixtures.LuDoi, opener.Opened[^1]);
        }

        var none = new RecordingOpener(program: null);
        using (var ui = new TuiDriver(100, 24, new FakeTransport(), opener: none))
        {
            ui.Press(Key.Enter).Press('o');
            Assert.Empty(none.Opened);
            ui.Screen.AssertContains("No program to open links here (xdg-open or open); y copies it: https://example.org/bone");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Web_links_are_osc_8_hyperlinks_only_where_the_terminal_shows_them(bool hyperlinks)
    {
        using var ui = new TuiDriver(80, 24, new FakeTransport(), hyperlinks: hyperlinks);
        ui.Press(Key.Enter);
        int y = ui.Screen.RowOf("https://example.org/bone");
        int x = ui.Screen.Lines[y].IndexOf("https://example.org/bone", StringComparison.Ordinal);
        Assert.Equal(hyperlinks ? "https://example.org/bone" : null, ui.Terminal.Screen[x + 3, y].Link);
        Assert.Null(ui.Terminal.Screen[x - 3, y].Link);
        Assert.Null(ui.Terminal.Link); // every frame closes its link
    }

    [Theory]
    [InlineData("TERM_PROGRAM=WezTerm", true)]
    [InlineData("VTE_VERSION=7600", true)]
    [InlineData("VTE_VERSION=4600", false)]
    [InlineData("TERM=xterm-256color", false)]
    [InlineData("TERM=tmux-256color;TERM_PROGRAM=WezTerm", false)]
    [InlineData("TERM=tmux-256color;NMNGRAPH_HYPERLINKS=1", true)]
    [InlineData("KITTY_WINDOW_ID=1;NMNGRAPH_HYPERLINKS=0", false)]
    public void Hyperlinks_are_written_where_the_terminal_is_known_to_show_them(string environment, bool expected)
    {
        Dictionary<string, string> values = environment.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(expected, HyperlinkSupport.Detect(name => values.GetValueOrDefault(name)));
    }
}
