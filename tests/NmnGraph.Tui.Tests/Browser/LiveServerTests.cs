using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NmnGraph.Server.Hosting;
using NmnGraph.Terminal.Input;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>The browser on a real standalone server over HTTP: another client's write shows with no key pressed.</summary>
public sealed class LiveServerTests : IDisposable
{
    private const string ApiKey = "live-test-key";
    private readonly string _directory = Directory.CreateTempSubdirectory("nmngraph-live-").FullName;

    [Fact]
    public async Task A_claim_added_by_another_client_changes_the_count_on_screen_with_no_key_pressed()
    {
        await using NmnServerHandle server = await NmnServerHost.StartAsync(new NmnServerOptions
        {
            DatabasePath = Path.Combine(_directory, "nmngraph.db"),
            Urls = "http://127.0.0.1:0",
            ApiKey = ApiKey,
            ConsoleLogging = false,
        }, CancellationToken.None);
        using var ui = new TuiDriver(100, 30, BrowserBackend.Remote(server.GraphQLEndpoint));
        ui.Press('3');
        int before = ui.State.CurrentList.TotalCount!.Value;
        ui.Press(Key.Down);
        string selected = ui.State.CurrentList.SelectedItem!.Target.Key;
        ui.Screen.AssertContains($"Claims 2/{before}");

        using var http = new HttpClient { BaseAddress = server.GraphQLEndpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                query = "mutation { addClaim(input: { statement: \"A claim added by another client\", kind: BACKGROUND }) { claim { slug } } }",
            }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        using HttpResponseMessage response = await http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal), body);

        ui.WaitFor(s => s.CurrentList.TotalCount == before + 1 && s.CurrentList.Fetching is null);
        ui.Screen.AssertContains($"/{before + 1}").AssertContains("Data changed on the server");
        Assert.Equal(selected, ui.State.CurrentList.SelectedItem!.Target.Key);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL for a moment; the temp folder is cleaned up by the OS.
        }
    }
}
