using NmnGraph.Terminal.Input;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>Whole connections page by page as the selection moves, and changes on the server show with no key pressed.</summary>
public sealed class PagingAndLiveTests
{
    [Fact]
    public void The_title_shows_position_and_total_and_G_reaches_the_real_end()
    {
        using TuiDriver ui = TuiDriver.WithFake(new FakeTransport(articles: 2000));
        ui.Screen.AssertContains("Articles 1/2,000").AssertContains("Generated article 2000");
        Assert.Equal(100, ui.State.CurrentList.Items!.Count);

        ui.Press('G');
        ui.Screen.AssertContains("Articles 2,000/2,000").AssertContains("Generated article 1 ");
        Assert.Equal("generated-1", ui.State.CurrentList.SelectedItem?.Target.Key);

        // Back up from the end: the rows before the loaded window come in as the selection nears them.
        for (int i = 0; i < 5; i++)
        {
            ui.Press(Key.PageUp);
        }

        Assert.Equal(2000 - ui.State.CurrentList.Position + 1, int.Parse(ui.State.CurrentList.SelectedItem!.Target.Key["generated-".Length..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(ui.State.CurrentList.Items!.Count > 100, "the previous page was loaded");

        ui.Press('g');
        ui.Screen.AssertContains("Articles 1/2,000").AssertContains("Generated article 2000");
        Assert.Equal(0, ui.State.CurrentList.Start);
    }

    [Fact]
    public void PgDn_pages_through_the_whole_connection_loading_as_it_goes()
    {
        using TuiDriver ui = TuiDriver.WithFake(new FakeTransport(articles: 450));
        for (int i = 0; i < 40 && ui.State.CurrentList.Position < 450; i++)
        {
            ui.Press(Key.PageDown);
        }

        ui.Screen.AssertContains("Articles 450/450").AssertContains("Generated article 1 ");
        Assert.Equal(450, ui.State.CurrentList.Items!.Count);
        Assert.Equal(Enumerable.Range(1, 450).Reverse().Select(n => $"generated-{n}"), ui.State.CurrentList.Items.Select(i => i.Target.Key));
    }

    [Fact]
    public void Search_results_page_through_the_whole_connection_with_position_and_total()
    {
        var transport = new FakeTransport(articles: 450);
        using TuiDriver ui = TuiDriver.WithFake(transport);
        ui.Press('/').Type("generated\r");
        Assert.Equal(ListTab.Search, ui.State.Tab);
        ui.Screen.AssertContains("Search results 1/450").AssertContains("Generated article 450");
        Assert.Equal(100, ui.State.CurrentList.Items!.Count);

        ui.Press('G');
        ui.Screen.AssertContains("Search results 450/450").AssertContains("Generated article 1 ");
        Assert.Equal("generated-1", ui.State.CurrentList.SelectedItem?.Target.Key);

        // From the top again, page by page: each page of results comes in as the selection nears it.
        ui.Press('g');
        ui.Screen.AssertContains("Search results 1/450");
        for (int i = 0; i < 40 && ui.State.CurrentList.Position < 450; i++)
        {
            ui.Press(Key.PageDown);
        }

        ui.Screen.AssertContains("Search results 450/450");
        Assert.Equal(Enumerable.Range(1, 450).Reverse().Select(n => $"generated-{n}"), ui.State.CurrentList.Items!.Select(i => i.Target.Key));
        Assert.True(transport.RequestsFor("Search") >= 5, $"{transport.RequestsFor("Search")} search requests");
    }

    [Fact]
    public void A_change_on_the_server_refreshes_counts_in_place_with_no_key_pressed()
    {
        var transport = new FakeTransport(articles: 300);
        using TuiDriver ui = TuiDriver.WithFake(transport);
        ui.Press(Key.Down).Press(Key.Down).Press(Key.Down);
        ui.Screen.AssertContains("Articles 4/300");
        string selected = ui.State.CurrentList.SelectedItem!.Target.Key;

        transport.Announce();
        ui.WaitFor(s => s.CurrentList.TotalCount == 301 && s.CurrentList.Fetching is null);
        ui.Screen.AssertContains("Articles 5/301").AssertContains("Data changed on the server");
        Assert.Equal(selected, ui.State.CurrentList.SelectedItem!.Target.Key);
    }

    [Fact]
    public void R_and_ctrl_R_refresh_by_hand()
    {
        var transport = new FakeTransport(articles: 30);
        using TuiDriver ui = TuiDriver.WithFake(transport);
        int before = transport.RequestsFor("Articles");
        ui.Press('r');
        Assert.Equal(before + 1, transport.RequestsFor("Articles"));
        ui.Screen.AssertContains("Refreshed.");
        ui.Terminal.Inject(KeyEvent.CtrlChar('r'));
        ui.Idle();
        Assert.Equal(before + 2, transport.RequestsFor("Articles"));
    }
}
