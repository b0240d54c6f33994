using System.Diagnostics;
using Xunit.Abstractions;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>
/// The real program in a real terminal: tmux runs the built browser on a temporary database, the test sends keys and
/// reads the pane. tmux must be installed (CI installs it); without it the test fails rather than skipping.
/// </summary>
public sealed class TmuxEndToEndTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(15);
    private readonly string _session = "nmngraph-e2e-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _directory = Directory.CreateTempSubdirectory("nmngraph-tmux-").FullName;

    [Fact]
    public void Browse_the_seed_corpus_in_a_real_terminal_and_quit_cleanly()
    {
        string dll = BuiltBrowser();
        string database = Path.Combine(_directory, "nmngraph.db");
        string exitFile = Path.Combine(_directory, "exit-code");
        string command = $"NO_COLOR= DOTNET_NOLOGO=1 dotnet '{dll}' --db '{database}'; echo $? > '{exitFile}'; echo 'browser exited'; exec sleep 600";
        var started = Stopwatch.StartNew();
        Tmux("new-session", "-d", "-s", _session, "-x", "100", "-y", "30", "sh", "-c", command);

        string screen = WaitForScreen(s => s.Contains("NMN promotes bone formation", StringComparison.Ordinal) && s.Contains("● ready", StringComparison.Ordinal));
        output.WriteLine($"start-up (process start → seed corpus on screen): {started.ElapsedMilliseconds} ms");
        Assert.Contains("Articles 1/2", screen, StringComparison.Ordinal);

        // The mouse: a click (the SGR report a terminal sends, typed into the pane) selects a row, which the detail
        // previews; a click on a link in the detail follows it.
        Click("NMN can prevent skin", fromRow: 3);
        WaitForScreen(s => s.Contains("▸ NMN can prevent skin", StringComparison.Ordinal) && s.Contains("─ Article: NMN can prevent skin", StringComparison.Ordinal));
        Click("Wuhan University NMN", fromRow: 3);
        WaitForScreen(s => s.Contains("─ Study: Wuhan University NMN", StringComparison.Ordinal) && s.Contains("UNIDENTIFIED", StringComparison.Ordinal));
        Keys("Escape");
        WaitForScreen(s => s.Contains("─ Article: NMN can prevent skin", StringComparison.Ordinal));
        Keys("Tab");
        WaitForScreen(s => s.Contains("Tab detail", StringComparison.Ordinal));
        Keys("Home");

        // Article → claim → study → citing article → back.
        for (int i = 0; i < 5 && !Selected("NMN promotes bone formation"); i++)
        {
            Keys("Down");
        }

        Measure("Enter", s => s.Contains("─ Article: NMN promotes bone formation", StringComparison.Ordinal));
        FollowLinkTo("NMN can delay the aging", "Evidence chain");
        FollowLinkTo("Lu", "Verification");
        // The study also bears on the claim "NMN promotes bone formation." (with a full stop): match the title exactly.
        FollowLinkTo("NMN promotes bone formation", "─ Article: NMN promotes bone formation", exact: true);
        Measure("Escape", s => s.Contains("─ Study: Lu", StringComparison.Ordinal));
        Measure("Escape", s => s.Contains("Evidence chain", StringComparison.Ordinal));

        // Search.
        Keys("/");
        WaitForScreen(s => s.Contains("Enter to search", StringComparison.Ordinal));
        Tmux("send-keys", "-t", _session, "-l", "osteoporosis");
        Keys("Enter");
        WaitForScreen(s => s.Contains("Search results 1/", StringComparison.Ordinal));

        // Help, then quit.
        Measure("?", s => s.Contains("Keys (Esc closes)", StringComparison.Ordinal));
        Keys("Escape");
        WaitForScreen(s => !s.Contains("Keys (Esc closes)", StringComparison.Ordinal));
        Keys("q");
        screen = WaitForScreen(s => s.Contains("browser exited", StringComparison.Ordinal));

        // The alternate screen is gone: no frame of the browser is left, and it exited with 0.
        Assert.DoesNotContain("╭─", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("q quit", screen, StringComparison.Ordinal);
        Assert.Equal("0", File.ReadAllText(exitFile).Trim());
        Assert.Equal("0", Tmux("display-message", "-p", "-t", _session, "#{alternate_on}").Trim());
    }

    [Fact]
    public async Task On_2000_generated_articles_G_reaches_the_last_one_another_clients_claim_shows_with_no_key_pressed_and_search_pages_to_the_end()
    {
        string dll = BuiltBrowser();
        string server = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(dll)!)!)!)!)!,
            "server", "bin", Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(dll)!)!)!, "net10.0", "nmngraph.dll");
        Assert.True(File.Exists(server), $"The server is not built at {server}.");
        string database = Path.Combine(_directory, "generated.db");
        Run("dotnet", server, "generate", "--articles", "2000", "--seed", "3", "--db", database);

        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        string url = $"http://127.0.0.1:{port}";
        using Process host = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { server, "serve", "--urls", url, "--db", database, "--api-key", "e2e-key" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("The server did not start.");
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        host.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? string.Empty);
        host.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? string.Empty);
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            await WaitForServerAsync(http);
            Tmux("new-session", "-d", "-s", _session, "-x", "100", "-y", "30", "sh", "-c",
                $"NO_COLOR= DOTNET_NOLOGO=1 dotnet '{dll}' --server '{url}'; exec sleep 600");
            WaitForScreen(s => s.Contains("Articles 1/2,000", StringComparison.Ordinal));

            Measure("G", s => s.Contains("Articles 2,000/2,000", StringComparison.Ordinal));
            string last = await LastArticleTitleAsync(http);
            Assert.Contains("▸ " + last[..Math.Min(20, last.Length)], Capture(escapes: false), StringComparison.Ordinal);

            Keys("3");
            string claims = WaitForScreen(s => System.Text.RegularExpressions.Regex.IsMatch(s, @"Claims 1/[\d,]+"));
            string total = System.Text.RegularExpressions.Regex.Match(claims, @"Claims 1/([\d,]+)").Groups[1].Value;
            int before = int.Parse(total, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);

            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(
                    """{"query":"mutation { addClaim(input: { statement: \"Added by another client\", kind: BACKGROUND }) { claim { slug } } }"}""",
                    System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "e2e-key");
            using HttpResponseMessage response = await http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

            // No key is pressed: the subscription brings the change.
            string expected = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Claims 1/{before + 1:N0}");
            var watch = Stopwatch.StartNew();
            WaitForScreen(s => s.Contains(expected, StringComparison.Ordinal));
            output.WriteLine($"claim added by another client → on screen: {watch.ElapsedMilliseconds} ms");

            // Search results are a whole connection too: every generated article's meta line says "Release time", and G
            // reaches the last of those hits however many pages away it is.
            Keys("/");
            Tmux("send-keys", "-t", _session, "-l", "release");
            Keys("Enter");
            string results = WaitForScreen(s => System.Text.RegularExpressions.Regex.IsMatch(s, @"Search results 1/[\d,]+"));
            int hits = int.Parse(System.Text.RegularExpressions.Regex.Match(results, @"Search results 1/([\d,]+)").Groups[1].Value,
                System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(hits > 100, $"Only {hits} hits for 'release': one page would show them all.\n{results}");
            string end = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Search results {hits:N0}/{hits:N0}");
            Measure("G", s => s.Contains(end, StringComparison.Ordinal));
        }
        catch
        {
            output.WriteLine("server output:\n" + string.Join("\n", log.TakeLast(40)));
            throw;
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private static async Task WaitForServerAsync(HttpClient http)
    {
        var watch = Stopwatch.StartNew();
        string? last = null;
        while (watch.Elapsed < s_timeout)
        {
            try
            {
                using HttpResponseMessage health = await http.GetAsync("/healthz");
                if (health.IsSuccessStatusCode)
                {
                    return;
                }

                last = health.StatusCode.ToString();
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }

            await Task.Delay(s_poll * 10);
        }

        Assert.Fail($"The server did not answer /healthz within {s_timeout}: {last}");
    }

    private static async Task<string> LastArticleTitleAsync(HttpClient http)
    {
        using var content = new StringContent("""{"query":"{ articles(last: 1) { nodes { title } } }"}""", System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await http.PostAsync("/graphql", content);
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("data").GetProperty("articles").GetProperty("nodes")[0].GetProperty("title").GetString()!;
    }

    [Theory]
    [InlineData("--help", "usage: nmngraph-tui")]
    [InlineData("--version", "nmngraph-tui ")]
    public void Help_and_version_print_and_exit_0_without_a_terminal(string flag, string expected)
    {
        string stdout = Run("dotnet", BuiltBrowser(), flag);
        Assert.StartsWith(expected, stdout, StringComparison.Ordinal);
    }

    private static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {stderr}{stdout}");
        return stdout;
    }

    public void Dispose()
    {
        try
        {
            Tmux("kill-session", "-t", _session);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void FollowLinkTo(string linkText, string expected, bool exact = false)
    {
        // Down moves link to link; the selected link is drawn reversed, which capture-pane -e shows as SGR 7.
        for (int i = 0; i < 80; i++)
        {
            // Wait for each move to show before looking, so the selection is never overshot.
            string before = Capture(escapes: true);
            Keys("Down");
            string styled = WaitForChange(before);
            if (SelectedLink(styled, linkText, exact))
            {
                Measure("Enter", s => s.Contains(expected, StringComparison.Ordinal));
                return;
            }
        }

        Assert.Fail($"No link starting with \"{linkText}\" was selected:\n{Capture(escapes: false)}");
    }

    /// <summary>Polls the pane (with escapes) until it differs from <paramref name="before"/>; fails with the screen when it never does.</summary>
    private string WaitForChange(string before)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < s_timeout)
        {
            string now = Capture(escapes: true);
            if (!string.Equals(now, before, StringComparison.Ordinal))
            {
                return now;
            }

            Thread.Sleep(s_poll);
        }

        Assert.Fail($"The screen did not change within {s_timeout}:\n{Capture(escapes: false)}");
        return before;
    }

    private static bool SelectedLink(string styled, string text, bool exact)
    {
        // Follow the SGR sequences tmux writes: 7 turns reverse video on, 0 (or nothing) and 27 turn it off. The
        // selected link is the reversed run that starts with the text (the list's selected row starts with "▸").
        var run = new System.Text.StringBuilder();
        bool reverse = false;
        int i = 0;
        while (i < styled.Length)
        {
            if (styled[i] == '\e' && i + 1 < styled.Length && styled[i + 1] == '[')
            {
                int end = styled.IndexOf('m', i);
                if (end < 0)
                {
                    break;
                }

                foreach (string parameter in styled[(i + 2)..end].Split(';'))
                {
                    if (parameter is "7")
                    {
                        reverse = true;
                    }
                    else if (parameter is "" or "0" or "27")
                    {
                        if (reverse && Matches(run.ToString(), text, exact))
                        {
                            return true;
                        }

                        reverse = false;
                        run.Clear();
                    }
                }

                i = end + 1;
                continue;
            }

            if (reverse)
            {
                run.Append(styled[i]);
            }

            i++;
        }

        return reverse && Matches(run.ToString(), text, exact);
    }

    private static bool Matches(string run, string text, bool exact) =>
        exact ? string.Equals(run, text, StringComparison.Ordinal) : run.StartsWith(text, StringComparison.Ordinal);

    private bool Selected(string rowText) =>
        Lines(Capture(escapes: false)).Any(l => l.Contains("▸ " + rowText, StringComparison.Ordinal));

    private void Measure(string key, Func<string, bool> changed)
    {
        var watch = Stopwatch.StartNew();
        Keys(key);
        WaitForScreen(changed);
        output.WriteLine($"key {key} → screen: {watch.ElapsedMilliseconds} ms (includes tmux polling)");
    }

    private void Keys(string key) => Tmux("send-keys", "-t", _session, key);

    /// <summary>Clicks the first place the pane shows <paramref name="text"/> (from row <paramref name="fromRow"/>) with an SGR press and release.</summary>
    private void Click(string text, int fromRow)
    {
        string[] lines = Lines(Capture(escapes: false));
        for (int y = fromRow; y < lines.Length; y++)
        {
            int x = lines[y].IndexOf(text, StringComparison.Ordinal);
            if (x >= 0)
            {
                Tmux("send-keys", "-t", _session, "-l", $"\e[<0;{x + 1};{y + 1}M\e[<0;{x + 1};{y + 1}m");
                return;
            }
        }

        Assert.Fail($"The pane does not show \"{text}\" to click:\n{string.Join('\n', lines)}");
    }

    private string WaitForScreen(Func<string, bool> condition)
    {
        var watch = Stopwatch.StartNew();
        string screen = string.Empty;
        while (watch.Elapsed < s_timeout)
        {
            screen = Capture(escapes: false);
            if (condition(screen))
            {
                return screen;
            }

            // Poll the pane: tmux has no way to wait for a change.
            Thread.Sleep(s_poll);
        }

        Assert.Fail($"The screen did not reach the expected state within {s_timeout}:\n{screen}");
        return screen;
    }

    private string Capture(bool escapes) =>
        escapes ? Tmux("capture-pane", "-p", "-e", "-t", _session) : Tmux("capture-pane", "-p", "-t", _session);

    private static string[] Lines(string screen) => screen.Split('\n');

    private static string Tmux(params string[] arguments)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("tmux did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("tmux is required for the end-to-end test (CI installs it): " + ex.Message, ex);
        }

        using (process)
        {
            string stdout = process.StandardOutput.ReadToEnd();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"tmux {string.Join(' ', arguments)} failed: {stderr}");
            }

            return stdout;
        }
    }

    /// <summary>The browser built next to this test (same configuration): tui/bin/&lt;Configuration&gt;/net10.0/nmngraph-tui.dll.</summary>
    private static string BuiltBrowser()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NmnGraph.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        string dll = Path.Combine(directory.FullName, "tui", "bin", configuration, "net10.0", "nmngraph-tui.dll");
        Assert.True(File.Exists(dll), $"The browser is not built at {dll}.");
        return dll;
    }
}
