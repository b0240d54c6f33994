using NmnGraph.Terminal.Input;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>An unreachable or failing server: a clear message, retry with r, and the browser keeps what it has.</summary>
public sealed class ConnectionTests
{
    [Fact]
    public void Unreachable_server_shows_a_message_and_retry_loads_the_list()
    {
        var fake = new FakeTransport { Reachable = false };
        using TuiDriver ui = TuiDriver.WithFake(fake);
        Assert.Equal(ConnectionState.Failed, ui.State.Connection);
        ui.Screen.AssertContains("✗ Connection refused").AssertContains("Press r to retry.").AssertContains("✗ offline").AssertContains("r retry")
            .AssertContains("Server unreachable");

        fake.Reachable = true;
        ui.Press('r');
        Assert.Equal(ConnectionState.Connected, ui.State.Connection);
        ui.Screen.AssertContains(Fixtures.BoneTitle).AssertNotContains("Server unreachable").AssertNotContains("r retry");
    }

    [Fact]
    public void Losing_the_server_keeps_what_was_loaded_and_retry_fetches_the_rest()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake);
        ui.Press(Key.Enter).Follow("claim:" + Fixtures.AgingClaim);
        fake.Reachable = false;
        ui.Follow("study:" + Fixtures.LuSlug);
        ui.Screen.AssertContains("✗ Connection refused").AssertContains("Press r to retry, Esc to go back.");

        // What was loaded still works, and the page that failed is not in the history.
        ui.Press(Key.Escape);
        ui.Screen.AssertContains("Evidence chain");
        Assert.Empty(ui.State.Forward);
        ui.Press('1');
        ui.Screen.AssertContains(Fixtures.BoneTitle);

        // The study loads once the server is back: r retries a page that failed; here the link is followed again.
        fake.Reachable = true;
        ui.Press(Key.Tab).Follow("study:" + Fixtures.LuSlug);
        ui.Screen.AssertContains("Study: " + Fixtures.LuLabel).AssertContains("verified");
        Assert.Equal(ConnectionState.Connected, ui.State.Connection);
    }

    [Fact]
    public void R_retries_the_page_that_failed_while_the_server_was_away()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake);
        ui.Press(Key.Enter).Follow("claim:" + Fixtures.AgingClaim);
        fake.Reachable = false;
        ui.Follow("study:" + Fixtures.LuSlug);
        ui.Screen.AssertContains("✗ Connection refused").AssertContains("Press r to retry");
        fake.Reachable = true;
        ui.Press('r');
        ui.Screen.AssertContains("Study: " + Fixtures.LuLabel).AssertContains("verified");
        Assert.Equal(ConnectionState.Connected, ui.State.Connection);
        Assert.Equal(2, ui.State.Back.Count);
    }

    [Fact]
    public void A_real_closed_port_is_reported_as_unreachable()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        using var ui = new TuiDriver(80, 24, BrowserBackend.Remote(new Uri($"http://127.0.0.1:{port}/")));
        Assert.Equal(ConnectionState.Failed, ui.State.Connection);
        ui.Screen.AssertContains("Server unreachable").AssertContains("Press r to retry.");
        Assert.Equal($"http://127.0.0.1:{port}/graphql", ui.State.ServerDescription);
    }

    [Fact]
    public void A_server_that_fails_to_start_is_reported_and_retried()
    {
        int attempts = 0;
        var backend = BrowserBackend.Started(_ =>
        {
            attempts++;
            throw new IOException("database is locked");
        });
        using var ui = new TuiDriver(80, 24, backend);
        ui.Screen.AssertContains("✗ database is locked").AssertContains("Could not start the server");
        Assert.Equal("Could not start the server: database is locked", ui.State.ConnectionError);
        ui.Press('r');
        Assert.Equal(2, attempts);
        ui.Screen.AssertContains("✗ database is locked");
    }
}
