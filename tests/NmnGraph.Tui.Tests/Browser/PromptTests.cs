using NmnGraph.Tui.App;
using NmnGraph.Terminal.Input;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>Jumps that fail leave no trace, no duplicate entries, whole error messages, Tab completion and prompt history.</summary>
public sealed class PromptTests
{
    [Fact]
    public void A_jump_to_nothing_stays_out_of_the_history_and_the_breadcrumb_and_offers_no_retry()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press(Key.Enter).Type(":claim no-such-claim\r");
        Assert.Equal(new EntityRef(EntityKind.Article, Fixtures.BoneSlug), ui.State.Current?.Target);
        Assert.Empty(ui.State.Back);
        Assert.Empty(ui.State.Forward);
        Assert.Equal(PaneFocus.Detail, ui.State.Focus);
        ui.Screen.AssertContains("No claim 'no-such-claim' in the corpus.").AssertNotContains("retry").AssertContains("Article: NMN promotes bone");
        Assert.DoesNotContain("no-such-claim", ui.Screen.Lines[1], StringComparison.Ordinal);

        // With nothing open before, the welcome comes back.
        using TuiDriver fresh = TuiDriver.WithFake();
        fresh.Type(":study nope\r");
        Assert.Null(fresh.State.Current);
        Assert.Equal(PaneFocus.List, fresh.State.Focus);
    }

    [Fact]
    public void Jumping_to_the_page_already_open_by_slug_doi_or_pmid_adds_no_entry()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake);
        ui.Type(":study " + Fixtures.LuPmid + "\r");
        var study = Assert.IsType<EntityDetail.Study>(ui.State.Current?.Detail);
        Assert.Equal(Fixtures.LuSlug, study.Data.Slug);
        Assert.Equal(new EntityRef(EntityKind.Study, Fixtures.LuSlug), ui.State.Current!.Target);
        ui.Screen.AssertContains("Study: " + Fixtures.LuLabel).AssertContains("Slug  " + Fixtures.LuSlug);

        ui.Type(":study " + Fixtures.LuSlug + "\r").Type(":study doi:" + Fixtures.LuDoi.ToUpperInvariant() + "\r").Type(":study " + Fixtures.LuPmid + "\r");
        Assert.Empty(ui.State.Back);
        Assert.Equal(1, fake.RequestsFor("GetStudy"));

        ui.Type(":article " + Fixtures.BoneSlug + "\r").Type(":article " + Fixtures.BoneSlug + "\r");
        Assert.Single(ui.State.Back);
        ui.Screen.AssertContains("Slug  " + Fixtures.BoneSlug);
    }

    [Fact]
    public void A_long_error_wraps_above_the_keys_instead_of_being_cut()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Type(":frobnicate the widgets\r");
        string message = ui.State.Notice!;
        Assert.StartsWith("Unknown command ':frobnicate the widgets'", message, StringComparison.Ordinal);
        Assert.EndsWith(":q", message, StringComparison.Ordinal);

        // Every word of the message is on screen, in order, above the footer's keys.
        string footer = string.Join(' ', ui.Screen.Lines.Skip(ui.Screen.RowOf("Unknown command")).Take(ui.Screen.RowOf("q quit") - ui.Screen.RowOf("Unknown command")).Select(l => l.Trim()));
        Assert.Equal(message, footer);
        Assert.Equal(23, ui.Screen.RowOf("q quit"));

        // The next key clears it and the panes grow back.
        ui.Press(Key.Down);
        ui.Screen.AssertNotContains("Unknown command");
    }

    [Fact]
    public void Tab_completes_commands_then_cycles_through_the_candidates()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Type(":cl").Press(Key.Tab);
        Assert.Equal("claim", ui.State.Input.Text);
        ui.Screen.AssertContains("claim claims");
        ui.Press(Key.Tab);
        Assert.Equal("claim", ui.State.Input.Text);
        ui.Press(Key.Tab);
        Assert.Equal("claims", ui.State.Input.Text);
        ui.Screen.AssertContains("[claims]");
        ui.Press(Key.Enter);
        Assert.Equal(ListTab.Claims, ui.State.Tab);
    }

    [Fact]
    public void Tab_completes_slugs_topics_and_dois_from_what_is_loaded()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press('3').Type(":claim bone-nmn-d").Press(Key.Tab);
        Assert.Equal("claim " + Fixtures.AgingClaim + " ", ui.State.Input.Text);
        ui.Press(Key.Enter);
        Assert.Equal(new EntityRef(EntityKind.Claim, Fixtures.AgingClaim), ui.State.Current?.Target);

        // The prompt loads the topics, so their slugs complete without visiting the tab.
        ui.Type(":topic frac").Press(Key.Tab);
        Assert.Equal("topic fracture-healing ", ui.State.Input.Text);
        ui.Press(Key.Escape);

        ui.Press('2').Type(":study 10.1093").Press(Key.Tab);
        Assert.Equal("study " + Fixtures.LuDoi + " ", ui.State.Input.Text);
        ui.Press(Key.Escape).Type("/10.10").Press(Key.Tab);
        Assert.Equal(Fixtures.LuDoi + " ", ui.State.Input.Text);
    }

    [Fact]
    public void Up_and_down_walk_the_lines_entered_at_each_prompt()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Type("/bone\r").Type("/skin\r").Type(":claims\r");
        ui.Type("/draft").Press(Key.Up);
        Assert.Equal("skin", ui.State.Input.Text);
        ui.Press(Key.Up).Press(Key.Up);
        Assert.Equal("bone", ui.State.Input.Text);
        ui.Press(Key.Down);
        Assert.Equal("skin", ui.State.Input.Text);
        ui.Press(Key.Down);
        Assert.Equal("draft", ui.State.Input.Text);
        ui.Press(Key.Escape).Type(":").Press(Key.Up);
        Assert.Equal("claims", ui.State.Input.Text);
    }
}
