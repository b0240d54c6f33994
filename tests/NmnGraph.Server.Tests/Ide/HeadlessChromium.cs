using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NmnGraph.Server.Tests.Ide;

/// <summary>
/// Debian's headless Chromium driven over the Chrome DevTools protocol (one page, flat sessions): navigate, evaluate
/// script, send input, and record every URL the page requests. Missing Chromium is a failure, never a skip.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TempDirectory _profile;
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentQueue<string> _requestedUrls = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private int _nextId;
    private string? _sessionId;

    private HeadlessChromium(Process process, TempDirectory profile, ClientWebSocket socket)
    {
        _process = process;
        _profile = profile;
        _socket = socket;
        _receiving = Task.Run(ReceiveAsync);
    }

    /// <summary>Every URL the page requested (documents, scripts, styles, workers, fetches, WebSockets).</summary>
    public IReadOnlyCollection<string> RequestedUrls => _requestedUrls;

    /// <summary>Uncaught exceptions and <c>console.error</c> calls, for failure messages.</summary>
    public IReadOnlyCollection<string> ConsoleErrors => _consoleErrors;

    public static async Task<HeadlessChromium> LaunchAsync(CancellationToken cancellationToken)
    {
        string executable = Find() ?? throw new InvalidOperationException(
            "Chromium was not found (looked for $CHROMIUM, chromium, chromium-browser, google-chrome on PATH); install Debian's 'chromium' package (.ci/run does).");
        var profile = new TempDirectory();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-port=0",
            "--window-size=1400,900", $"--user-data-dir={profile.Path}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var seen = new StringBuilder();
        try
        {
            // Chromium prints "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID" once it is ready.
            while (await process.StandardError.ReadLineAsync(cancellationToken) is { } line)
            {
                seen.AppendLine(line);
                int at = line.IndexOf("ws://", StringComparison.Ordinal);
                if (line.StartsWith("DevTools listening on", StringComparison.Ordinal) && at >= 0)
                {
                    _ = DrainAsync(process.StandardError);
                    var socket = new ClientWebSocket();
                    await socket.ConnectAsync(new Uri(line[at..].Trim()), cancellationToken);
                    return new HeadlessChromium(process, profile, socket);
                }
            }

            throw new InvalidOperationException($"Chromium exited before it listened for DevTools: {seen}");
        }
        catch
        {
            Kill(process);
            profile.Dispose();
            throw;
        }
    }

    /// <summary>Opens a page at <paramref name="url"/> and records its network requests and console errors.</summary>
    public async Task OpenAsync(string url, CancellationToken cancellationToken)
    {
        JsonObject target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, cancellationToken);
        JsonObject attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = (string)target["targetId"]!, ["flatten"] = true }, cancellationToken);
        _sessionId = (string)attached["sessionId"]!;
        await SendAsync("Network.enable", new JsonObject(), cancellationToken);
        await SendAsync("Runtime.enable", new JsonObject(), cancellationToken);
        await SendAsync("Page.enable", new JsonObject(), cancellationToken);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url }, cancellationToken);
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page (awaiting a promise) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        JsonObject result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        }, cancellationToken);
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException($"Script failed: {exception.ToJsonString()}");
        }

        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>Polls <paramref name="expression"/> until it yields a non-empty string; fails with the last value seen.</summary>
    public Task<string> WaitForAsync(string expression, string what, CancellationToken cancellationToken) =>
        WaitForAsync(expression, static value => value.Length > 0, what, cancellationToken);

    /// <summary>Polls <paramref name="expression"/> until its value satisfies <paramref name="accept"/>; fails with the last value seen.</summary>
    public async Task<string> WaitForAsync(string expression, Func<string, bool> accept, string what, CancellationToken cancellationToken)
    {
        string? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            last = (await EvaluateAsync(expression, cancellationToken))?.ToString() ?? string.Empty;
            if (accept(last))
            {
                return last;
            }

            await Task.Delay(100, CancellationToken.None);
        }

        throw new TimeoutException($"Timed out waiting for {what}; last value: '{last}'; console errors: {string.Join(" | ", _consoleErrors)}; requests: {string.Join(", ", _requestedUrls)}");
    }

    /// <summary>Presses Ctrl+A in the focused element, with the browser's select-all editing command.</summary>
    public async Task SelectAllAsync(CancellationToken cancellationToken)
    {
        foreach (string type in new[] { "rawKeyDown", "keyUp" })
        {
            var key = new JsonObject { ["type"] = type, ["key"] = "a", ["code"] = "KeyA", ["windowsVirtualKeyCode"] = 65, ["modifiers"] = 2 };
            if (type == "rawKeyDown")
            {
                key["commands"] = new JsonArray("selectAll");
            }

            await SendAsync("Input.dispatchKeyEvent", key, cancellationToken);
        }
    }

    /// <summary>
    /// Pastes <paramref name="text"/> into the element <paramref name="selector"/> finds, as a clipboard paste event
    /// (an editor takes it verbatim, without the brackets it adds when they are typed).
    /// </summary>
    public Task PasteAsync(string selector, string text, CancellationToken cancellationToken) => EvaluateAsync(
        $$"""
        (() => {
          const target = document.querySelector({{JsonSerializer.Serialize(selector)}});
          target.focus();
          const data = new DataTransfer();
          data.setData('text/plain', {{JsonSerializer.Serialize(text)}});
          target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        })()
        """,
        cancellationToken);

    private async Task<JsonObject> SendAsync(string method, JsonObject parameters, CancellationToken cancellationToken)
    {
        int id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (_sessionId is not null && !method.StartsWith("Target.", StringComparison.Ordinal))
        {
            message["sessionId"] = _sessionId;
        }

        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        JsonObject answer = await reply.Task.WaitAsync(cancellationToken);
        if (answer["error"] is { } error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return answer["result"]?.AsObject() ?? new JsonObject();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                JsonObject json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                Dispatch(json);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closing down.
        }

        foreach (TaskCompletionSource<JsonObject> pending in _pending.Values)
        {
            pending.TrySetException(new InvalidOperationException("The DevTools connection closed."));
        }
    }

    private void Dispatch(JsonObject json)
    {
        if (json["id"] is { } id && _pending.TryRemove((int)id, out TaskCompletionSource<JsonObject>? reply))
        {
            reply.TrySetResult(json);
            return;
        }

        switch ((string?)json["method"])
        {
            case "Network.requestWillBeSent":
                // data: URLs (inlined fonts) are cut short; only their scheme matters.
                string url = (string)json["params"]!["request"]!["url"]!;
                _requestedUrls.Enqueue(url.StartsWith("data:", StringComparison.Ordinal) ? url[..Math.Min(url.Length, 40)] : url);
                break;
            case "Network.webSocketCreated":
                _requestedUrls.Enqueue((string)json["params"]!["url"]!);
                break;
            case "Runtime.exceptionThrown":
                _consoleErrors.Enqueue(json["params"]!["exceptionDetails"]!.ToJsonString());
                break;
            case "Runtime.consoleAPICalled" when (string?)json["params"]!["type"] == "error":
                _consoleErrors.Enqueue(json["params"]!["args"]!.ToJsonString());
                break;
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured)
        {
            return configured;
        }

        string[] directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (string name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (string directory in directories)
            {
                string candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is not null)
        {
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (OperationCanceledException)
        {
        }

        _socket.Dispose();
        Kill(_process);
        _process.Dispose();
        _stop.Dispose();
        _profile.Dispose();
    }
}
