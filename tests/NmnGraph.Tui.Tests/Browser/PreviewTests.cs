using NmnGraph.Tui.App;
using NmnGraph.Terminal.Input;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>The detail pane follows the list selection (debounced, from the client's store when it can) and Enter moves into it.</summary>
public sealed class PreviewTests
{
    [Fact]
    public void Moving_the_selection_previews_the_row_and_enter_moves_the_focus_into_it_without_a_request()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake);
        ui.Press(Key.Down);
        Assert.Equal(PaneFocus.List, ui.State.Focus);
        Assert.Equal(new EntityRef(EntityKind.Article, Fixtures.SkinSlug), ui.State.Current?.Target);
        Assert.True(ui.State.Current!.Preview);
        ui.Screen.AssertContains("Article: NMN prevents inflammatory").AssertContains("▸ NMN prevents inflammatory");
        Assert.Equal(1, fake.RequestsFor("GetArticle"));

        ui.Press(Key.Enter);
        Assert.Equal(PaneFocus.Detail, ui.State.Focus);
        Assert.False(ui.State.Current!.Preview);
        Assert.Empty(ui.State.Back);
        Assert.Equal(1, fake.RequestsFor("GetArticle"));
    }

    [Fact]
    public void Fast_moves_load_only_where_the_selection_rests_and_a_row_seen_before_comes_from_the_store()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake);
        ui.Press('3');
        ui.PressNoWait(Key.Down).PressNoWait(Key.Down).Idle();
        Assert.Equal(new EntityRef(EntityKind.Claim, Fixtures.EczemaClaim), ui.State.Current?.Target);
        Assert.Equal(1, fake.RequestsFor("GetClaim"));
        ui.Screen.AssertContains("Claim: Topical NMN reduced eczema");

        ui.Press(Key.Up);
        ui.Screen.AssertContains("Claim: NMN promotes bone healing");
        Assert.Equal(2, fake.RequestsFor("GetClaim"));
        ui.Press(Key.Down);
        ui.Screen.AssertContains("Claim: Topical NMN reduced eczema");
        Assert.Equal(2, fake.RequestsFor("GetClaim"));
    }

    [Fact]
    public void An_opened_page_stays_in_the_history_when_a_preview_replaces_it_and_previews_stay_out()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press(Key.Enter).Press(Key.Tab).Press(Key.Down);
        Assert.Equal(new EntityRef(EntityKind.Article, Fixtures.SkinSlug), ui.State.Current?.Target);
        Assert.Equal([new EntityRef(EntityKind.Article, Fixtures.BoneSlug)], ui.State.Back.Select(p => p.Target));

        ui.Press(Key.Up);
        Assert.Equal(new EntityRef(EntityKind.Article, Fixtures.BoneSlug), ui.State.Current?.Target);
        ui.Press(Key.Down).Press(Key.Escape);
        Assert.Equal(new EntityRef(EntityKind.Article, Fixtures.BoneSlug), ui.State.Current?.Target);
        Assert.Empty(ui.State.Forward);
        Assert.DoesNotContain(ui.State.Back, p => p.Preview);
    }

    [Fact]
    public void Following_a_link_of_a_preview_keeps_the_preview_in_the_history()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press(Key.Down).Click(Fixtures.WuhanLabel[..12], fromRow: 3);
        Assert.Equal(new EntityRef(EntityKind.Study, Fixtures.WuhanSlug), ui.State.Current?.Target);
        Page back = Assert.Single(ui.State.Back);
        Assert.Equal((new EntityRef(EntityKind.Article, Fixtures.SkinSlug), false), (back.Target, back.Preview));
        ui.Press(Key.Escape);
        Assert.Equal(new EntityRef(EntityKind.Article, Fixtures.SkinSlug), ui.State.Current?.Target);
    }

    [Fact]
    public void A_single_pane_screen_does_not_preview()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake, width: 50, height: 12);
        ui.Press(Key.Down);
        Assert.Null(ui.State.Current);
        Assert.Equal(0, fake.RequestsFor("GetArticle"));
    }
}
