using NmnGraph.Terminal;
using NmnGraph.Terminal.Input;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>Whole-screen tests of the browser against a fake server answering the generated operations.</summary>
public sealed class BrowserNavigationTests
{
    [Fact]
    public void Startup_shows_the_article_list_tabs_and_footer()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Screen.AssertContains(Fixtures.BoneTitle)
            .AssertContains("NMN prevents inflammatory")
            .AssertContains("Articles │ Studies │ Claims │ Topics │ Search")
            .AssertContains("Articles 1/2")
            .AssertContains("q quit");
        Assert.Equal(ConnectionState.Connected, ui.State.Connection);
        Assert.Equal(23, ui.Screen.RowOf("q quit"));
    }

    [Fact]
    public void Enter_opens_an_article_with_numbered_claim_quotes_citations_and_corrections()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press(Key.Enter);
        Assert.Equal(new EntityRef(EntityKind.Article, Fixtures.BoneSlug), ui.State.Current?.Target);
        Assert.Equal(PaneFocus.Detail, ui.State.Focus);
        ui.Screen.AssertContains("Article: NMN promotes bone formation")
            .AssertContains("Cites 1 study")
            .AssertContains(Fixtures.LuLabel)
            .AssertContains("Articles › Article: NMN promotes bone");

        // The rest of the document is further down: page through it.
        ui.Press(Key.PageDown);
        ui.Screen.AssertContains("[1]NMN can delay").AssertContains("[2]promote bone healing");
        ui.Press(Key.PageDown);
        ui.Screen.AssertContains("Corrections").AssertContains("“TNF-LMAR” → “TNF-α”");
    }

    [Fact]
    public void Claim_quotes_are_links_in_text_order_and_highlighted_in_the_level_colour()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press(Key.Enter);
        var tags = new List<string?>();
        for (int i = 0; i < 6; i++)
        {
            ui.Press(Key.Down);
            tags.Add(ui.SelectedLink);
        }

        // The source URL and the DOI are links too (o opens them, y copies them).
        Assert.Equal(["url:https://example.org/bone", "topic:bone-osteoporosis", "study:" + Fixtures.LuSlug, "doi:" + Fixtures.LuDoi, "claim:" + Fixtures.AgingClaim, "claim:" + Fixtures.HealingClaim], tags);

        // The healing quote (animal model) is selected: reversed; the in-vitro quote is yellow.
        (int x, int y) = Find(ui.Terminal.Screen, "NMN can delay");
        Assert.Equal(Color.Yellow, ui.Terminal.Screen[x, y].Style.Foreground);
        Assert.True(ui.Terminal.Screen[x, y].Style.Has(TextAttributes.Underline));
    }

    [Fact]
    public void Article_to_claim_to_study_to_citing_article_and_back()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake);
        ui.Press(Key.Enter).Follow("claim:" + Fixtures.AgingClaim);
        ui.Screen.AssertContains("Claim: NMN delays the aging")
            .AssertContains("Evidence chain")
            .AssertContains("IN VITRO  supports");

        ui.Follow("study:" + Fixtures.LuSlug);
        ui.Screen.AssertContains("Study: " + Fixtures.LuLabel).AssertContains("verified");
        ui.Press(Key.PageDown).Press(Key.PageDown);
        ui.Screen.AssertContains("Cited by 2 articles");

        ui.Follow("article:" + Fixtures.SkinSlug);
        ui.Screen.AssertContains("Article: NMN prevents inflammatory");
        Assert.Equal(3, ui.State.Back.Count);
        Assert.Contains("› Article: NMN prevents", ui.Screen.Lines[1], StringComparison.Ordinal);

        // Back is instant: nothing is fetched, the pages come back as they were left.
        int before = fake.TotalRequests;
        ui.PressNoWait(Key.Escape);
        Assert.Equal(0, ui.CommandsInFlight);
        ui.Screen.AssertContains("Study: " + Fixtures.LuLabel).AssertContains("Cited by 2 articles");
        ui.PressNoWait(Key.Backspace);
        ui.Screen.AssertContains("Claim: NMN delays the aging");
        Assert.Equal("study:" + Fixtures.LuSlug, ui.SelectedLink);

        // And forward again with Alt+→.
        ui.Terminal.Press(Key.Right, Modifiers.Alt);
        ui.Idle();
        ui.Screen.AssertContains("Study: " + Fixtures.LuLabel);
        Assert.Equal(before, fake.TotalRequests);
        ui.AssertScreenIsFreshRender();
    }

    [Fact]
    public void Reopening_a_page_is_answered_from_the_client_store()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake);
        ui.Press(Key.Enter).Follow("claim:" + Fixtures.AgingClaim).Press(Key.Escape);

        // Opening another article drops the forward history, so the claim below is not in the browser's state.
        ui.Type(":article " + Fixtures.SkinSlug + "\r");
        Assert.DoesNotContain(ui.State.Back.Concat(ui.State.Forward), p => p.Target.Kind == EntityKind.Claim);
        ui.Type(":claim " + Fixtures.AgingClaim + "\r");
        ui.Screen.AssertContains("Claim: NMN delays the aging");
        Assert.Equal(1, fake.RequestsFor("GetClaim"));
        Assert.Equal(2, fake.RequestsFor("GetArticle"));
    }

    [Fact]
    public void A_study_that_could_not_be_identified_is_flagged()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press('2');
        ui.Screen.AssertContains("Studies 1/2").AssertContains("⚠ Wuhan team 2023");
        ui.Press(Key.Down).Press(Key.Enter);
        ui.Screen.AssertContains("⚠ UNIDENTIFIED — an article describes")
            .AssertContains("(title unknown)");
    }

    [Fact]
    public void Claims_list_shows_the_evidence_level_of_each_claim()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Type(":claims\r");
        Assert.Equal(ListTab.Claims, ui.State.Tab);
        ui.Screen.AssertContains("VITRO NMN delays the aging")
            .AssertContains("ANIML NMN promotes bone")
            .AssertContains("anim? Topical NMN reduced");
        (int x, int y) = Find(ui.Terminal.Screen, "ANIML NMN promotes");
        Assert.Equal(TextAttributes.None, ui.Terminal.Screen[x, y].Style.Attributes & (TextAttributes.Dim | TextAttributes.Italic));
        (x, y) = Find(ui.Terminal.Screen, "anim? Topical");
        Assert.Equal(Color.BrightYellow, ui.Terminal.Screen[x, y].Style.Foreground);
        Assert.Equal(TextAttributes.Dim | TextAttributes.Italic, ui.Terminal.Screen[x, y].Style.Attributes & (TextAttributes.Dim | TextAttributes.Italic));
    }

    [Fact]
    public void Article_only_evidence_is_worded_and_styled_apart_from_checked_evidence_without_colour()
    {
        using TuiDriver ui = TuiDriver.WithFake(width: 140, colors: ColorSupport.None);
        ui.Type(":claim " + Fixtures.EczemaClaim + "\r");
        ui.Screen.AssertContains("evidence: animal model, per the article only")
            .AssertContains("○ ANIMAL MODEL  unverified  ? article only, not checked");
        (int x, int y) = Find(ui.Terminal.Screen, "○ ANIMAL MODEL");
        Assert.Equal(TextAttributes.Dim | TextAttributes.Italic, ui.Terminal.Screen[x, y].Style.Attributes & (TextAttributes.Dim | TextAttributes.Italic));

        ui.Type(":claim " + Fixtures.AgingClaim + "\r");
        ui.Screen.AssertContains("● IN VITRO  supports  ✓ checked against the abstract");
        (x, y) = Find(ui.Terminal.Screen, "● IN VITRO");
        Assert.Equal(TextAttributes.None, ui.Terminal.Screen[x, y].Style.Attributes & (TextAttributes.Dim | TextAttributes.Italic));
    }

    [Fact]
    public void Without_colour_the_levels_are_still_spelled_out()
    {
        using TuiDriver ui = TuiDriver.WithFake(colors: ColorSupport.None);
        ui.Type(":claim " + Fixtures.AgingClaim + "\r");
        ui.Screen.AssertContains("evidence: in vitro").AssertContains("● IN VITRO");
        for (int y = 0; y < ui.Terminal.Screen.Height; y++)
        {
            for (int x = 0; x < ui.Terminal.Screen.Width; x++)
            {
                Assert.True(ui.Terminal.Screen[x, y].Style.Foreground.IsDefault && ui.Terminal.Screen[x, y].Style.Background.IsDefault);
            }
        }
    }

    [Fact]
    public void Jump_opens_a_study_by_doi_and_reports_unknown_commands()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Type(":study " + Fixtures.LuDoi + "\r");
        ui.Screen.AssertContains("Study: " + Fixtures.LuLabel);
        ui.Type(":frobnicate\r");
        ui.Screen.AssertContains("Unknown command ':frobnicate'");
        ui.Type(":article no-such-article\r");
        ui.Screen.AssertContains("No article 'no-such-article'");
        ui.Press(Key.Escape);
        ui.Screen.AssertContains("Study: " + Fixtures.LuLabel);
    }

    [Fact]
    public void Search_lists_matches_of_every_kind_and_opens_them()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake);
        ui.Press('/');
        ui.Screen.AssertContains("search articles, studies and claims — Enter to search");
        ui.Type("bone");
        ui.Screen.AssertContains("/bone");
        ui.Press(Key.Enter);
        Assert.Equal(ListTab.Search, ui.State.Tab);
        ui.Screen.AssertContains("Search results 1/2").AssertContains("Search “bone”");
        ui.Press(Key.Down).Press(Key.Enter);
        ui.Screen.AssertContains("Claim: NMN delays the aging");
        Assert.Equal(1, fake.RequestsFor("Search"));
    }

    [Fact]
    public void Escape_cancels_the_search_prompt()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press('/').Type("xyz").Press(Key.Escape);
        Assert.Equal(InputMode.Browse, ui.State.Mode);
        Assert.Equal(ListTab.Articles, ui.State.Tab);
        ui.Screen.AssertContains("q quit");
    }

    [Fact]
    public void Help_lists_the_keys_active_now()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press('?');
        ui.Screen.AssertContains("Keys (Esc closes)").AssertContains("next / previous tab").AssertNotContains("follow the selected link");
        ui.Press(Key.Escape).Press(Key.Enter).Press('?');
        ui.Screen.AssertContains("follow the selected link").AssertContains("forward");
        ui.Press('q');
        Assert.False(ui.HasQuit);
        ui.Screen.AssertNotContains("Keys (Esc closes)");
    }

    [Fact]
    public void Tab_switches_panes_and_the_tabs_keys_switch_lists()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press(Key.Enter).Press(Key.Tab);
        Assert.Equal(PaneFocus.List, ui.State.Focus);
        ui.Press(']');
        Assert.Equal(ListTab.Studies, ui.State.Tab);
        ui.Press('4');
        ui.Screen.AssertContains("Bone / osteoporosis").AssertContains("└ Fracture healing");
        ui.Press(Key.Tab);
        Assert.Equal(PaneFocus.Detail, ui.State.Focus);
        ui.Screen.AssertContains("Article: " + Fixtures.BoneTitle);
    }

    [Fact]
    public void Small_screen_shows_one_pane_and_resizing_back_restores_both()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Resize(40, 12);
        Assert.True(ui.State.SinglePane);
        ui.Screen.AssertContains(Fixtures.BoneTitle).AssertContains("? help");
        Assert.All(ui.Screen.Lines, l => Assert.Equal(40, l.Length));
        ui.AssertScreenIsFreshRender();

        ui.Press(Key.Enter);
        ui.Screen.AssertContains("Article: NMN promotes bo").AssertNotContains(Fixtures.SkinTitle);
        ui.Press(Key.Escape);
        ui.Screen.AssertContains("NMN prevents inflammatory");
        ui.Press(Key.Tab);
        ui.Screen.AssertContains("Article: NMN promotes bo");
        ui.AssertScreenIsFreshRender();

        ui.Resize(80, 24);
        ui.Screen.AssertContains("Articles 1/2").AssertContains("Article: NMN promotes bone formation");
        ui.AssertScreenIsFreshRender();
    }

    [Fact]
    public void Loading_shows_a_spinner_until_the_answer_arrives()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake);
        fake.Hold();
        ui.PressNoWait(Key.Enter);
        ui.Tick();
        ui.Screen.AssertContains("Loading article " + Fixtures.BoneSlug).AssertContains("loading");
        fake.Release();
        ui.Idle();
        ui.Screen.AssertContains("Article: " + Fixtures.BoneTitle).AssertContains("● ready");
    }

    [Fact]
    public void Q_quits_and_the_terminal_is_restored()
    {
        var ui = TuiDriver.WithFake();
        Assert.True(ui.Terminal.IsAlternateScreen);
        ui.Press('q');
        Assert.True(ui.HasQuit);
        ui.Dispose();
        Assert.False(ui.Terminal.IsAlternateScreen);
        Assert.False(ui.Terminal.InRawMode);
        Assert.True(ui.Terminal.CursorVisible);
    }

    [Fact]
    public void Ctrl_c_quits_even_while_typing_and_the_terminal_is_restored()
    {
        var ui = TuiDriver.WithFake();
        ui.Press('/').Type("bo");
        Assert.Equal(InputMode.Search, ui.State.Mode);
        ui.Type("\u0003");
        Assert.True(ui.HasQuit);
        ui.Dispose();
        Assert.False(ui.Terminal.IsAlternateScreen);
        Assert.False(ui.Terminal.InRawMode);
    }

    [Fact]
    public void Q_in_the_search_prompt_is_text_not_quit()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press('/').Type("q");
        Assert.False(ui.HasQuit);
        ui.Screen.AssertContains("/q");
    }

    internal static (int X, int Y) Find(Buffer screen, string text)
    {
        IReadOnlyList<string> lines = screen.ToLines();
        for (int y = 0; y < lines.Count; y++)
        {
            int x = lines[y].IndexOf(text, StringComparison.Ordinal);
            if (x >= 0)
            {
                return (x, y); // the screens under test are narrow-character text, so index == column
            }
        }

        Assert.Fail($"\"{text}\" is not on screen:\n{string.Join('\n', lines)}");
        return default;
    }
}
