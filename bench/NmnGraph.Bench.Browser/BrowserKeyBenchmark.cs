using System.Diagnostics;
using System.Globalization;
using NmnGraph.Terminal;
using NmnGraph.Terminal.Input;
using NmnGraph.Terminal.Runtime;
using NmnGraph.Tui;
using NmnGraph.Tui.App;
using NmnGraph.Tui.Screens;

namespace NmnGraph.Bench.Browser;

/// <summary>
/// Key → frame in the real browser: <see cref="BrowserProgram"/> and <see cref="TuiRuntime{TState, TMsg}"/> on a
/// 100×30 <see cref="VirtualTerminal"/> (diff renderer, ANSI and all), against the embedded server on a generated
/// database. Each press is timed to the first frame drawn after it (<c>frame</c>) and to the frame drawn once every
/// load it started has landed (<c>settled</c>: for <c>G</c> and Enter, the frame that shows the answer).
/// </summary>
public static class BrowserKeyBenchmark
{
    private const int Width = 100;
    private const int Height = 30;
    private const int WarmUp = 3;

    public static async Task<int> RunAsync(BrowserBenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        await using BrowserBackend backend = options.Http
            ? BrowserBackend.Started(ct => EmbeddedServer.StartHttpAsync(options.Database, ct))
            : BrowserBackend.StartedInProcess(ct => EmbeddedServer.StartInMemoryAsync(options.Database, ct));
        var terminal = new VirtualTerminal(Width, Height);
        using var runtime = new TuiRuntime<BrowserState, BrowserMsg>(
            terminal, new BrowserProgram(backend, terminal.Size, new BrowserScreen(terminal.ColorSupport)), new TuiRuntimeOptions { TickInterval = null });
        var driver = new Driver(runtime, terminal, cancellationToken);

        var started = Stopwatch.StartNew();
        runtime.Start();
        await driver.SettleAsync().ConfigureAwait(false);
        ListPane list = runtime.State.CurrentList;
        int total = list.TotalCount ?? throw new InvalidOperationException($"No article list: {list.Error ?? runtime.State.ConnectionError}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{total:N0} articles in {options.Database} ({(options.Http ? "loopback HTTP" : "in-process transport")}); first list on screen after {started.ElapsedMilliseconds} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Presses} timed presses per scenario after {WarmUp} untimed; {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
        output.WriteLine();

        var results = new List<(string Name, Samples Samples)>();

        // G from the top: the last page comes by `last`, not by reading every page before it.
        var g = new Samples();
        for (int i = 0; i < WarmUp + options.Presses; i++)
        {
            await driver.PressAsync(KeyEvent.Char('g')).ConfigureAwait(false);
            Timing t = await driver.PressAsync(KeyEvent.Char('G')).ConfigureAwait(false);
            Expect(runtime.State.CurrentList.Position == total, $"G ended at {runtime.State.CurrentList.Position:N0}, not {total:N0}");
            g.Add(t, counted: i >= WarmUp);
        }

        results.Add(($"G (row 1 → {total:N0})", g));

        // PgDn near the top, then the same deep in the list: keyset cursors make a deep page cost what the first does.
        await driver.PressAsync(KeyEvent.Char('g')).ConfigureAwait(false);
        Samples top = await PageDownAsync(driver, options.Presses).ConfigureAwait(false);
        int topFrom = 1;
        int topTo = runtime.State.CurrentList.Position;
        results.Add(($"PgDn near the top (rows {topFrom:N0}–{topTo:N0})", top));

        var walk = Stopwatch.StartNew();
        int middle = total / 2;
        while (runtime.State.CurrentList.Position < middle)
        {
            int before = runtime.State.CurrentList.Position;
            await driver.PressAsync(new KeyEvent(Key.PageDown)).ConfigureAwait(false);
            Expect(runtime.State.CurrentList.Position > before, $"PgDn stuck at row {before:N0}");
        }

        int deepFrom = runtime.State.CurrentList.Position;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(walked down to row {deepFrom:N0} with PgDn in {walk.Elapsed.TotalSeconds:F1} s)"));
        Samples deep = await PageDownAsync(driver, options.Presses).ConfigureAwait(false);
        results.Add(($"PgDn deep (rows {deepFrom:N0}–{runtime.State.CurrentList.Position:N0})", deep));

        // Open: Enter on an article deep in the list (a different one each time, so nothing comes from the cache).
        var open = new Samples();
        for (int i = 0; i < WarmUp + options.Presses; i++)
        {
            if (runtime.State.Focus == PaneFocus.Detail)
            {
                await driver.PressAsync(new KeyEvent(Key.Tab)).ConfigureAwait(false);
            }

            await driver.PressAsync(new KeyEvent(Key.Down)).ConfigureAwait(false);
            EntityRef? target = runtime.State.CurrentList.SelectedItem?.Target;
            Timing t = await driver.PressAsync(new KeyEvent(Key.Enter)).ConfigureAwait(false);
            Expect(runtime.State.Current is { Detail: not null } page && page.Target == target, $"Enter did not show {target}: {runtime.State.Current?.Error}");
            open.Add(t, counted: i >= WarmUp);
        }

        results.Add(($"Enter: open an article near row {runtime.State.CurrentList.Position:N0}", open));

        output.WriteLine();
        output.WriteLine("| key | frame median | frame p90 | settled median | settled p90 | settled max |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach ((string name, Samples samples) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {samples.Frame.Median:F1} ms | {samples.Frame.P90:F1} ms | {samples.Settled.Median:F1} ms | {samples.Settled.P90:F1} ms | {samples.Settled.Max:F1} ms |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PgDn deep / near the top, settled medians side by side: {deep.Settled.Median / top.Settled.Median:F2}×"));
        bool met = results.All(r => r.Samples.Settled.Median < 50);
        output.WriteLine(met ? "goal met: every settled median is under 50 ms" : "goal missed: a settled median is 50 ms or more");
        return 0;
    }

    private static async Task<Samples> PageDownAsync(Driver driver, int presses)
    {
        var samples = new Samples();
        for (int i = 0; i < WarmUp + presses; i++)
        {
            samples.Add(await driver.PressAsync(new KeyEvent(Key.PageDown)).ConfigureAwait(false), counted: i >= WarmUp);
        }

        return samples;
    }

    private static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>Presses keys into the runtime and times them.</summary>
    private sealed class Driver(TuiRuntime<BrowserState, BrowserMsg> runtime, VirtualTerminal terminal, CancellationToken cancellationToken)
    {
        private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

        public async Task<Timing> PressAsync(KeyEvent key)
        {
            terminal.Inject(key);
            long start = Stopwatch.GetTimestamp();
            runtime.ProcessPending(); // the key's update and the frame after it
            TimeSpan frame = Stopwatch.GetElapsedTime(start);
            await SettleAsync().ConfigureAwait(false);
            return new Timing(frame.TotalMilliseconds, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        /// <summary>Until every load has landed and its frame is drawn.</summary>
        public async Task SettleAsync()
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(s_timeout);
            try
            {
                await runtime.RunUntilIdleAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                ListPane list = runtime.State.CurrentList;
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                    $"Still busy after {s_timeout.TotalSeconds} s: {runtime.CommandsInFlight} commands in flight, list at row {list.Position:N0} fetching {list.Fetching}, loading {list.Loading}, detail {runtime.State.Current?.Target} loading {runtime.State.Current?.Loading}; screen:\n{string.Join('\n', terminal.Screen.ToLines())}"));
            }
        }
    }

    private readonly record struct Timing(double FrameMs, double SettledMs);

    private sealed class Samples
    {
        private readonly List<double> _frame = [];
        private readonly List<double> _settled = [];

        public Statistics Frame => new(_frame);

        public Statistics Settled => new(_settled);

        public void Add(Timing timing, bool counted)
        {
            if (counted)
            {
                _frame.Add(timing.FrameMs);
                _settled.Add(timing.SettledMs);
            }
        }
    }

    private sealed class Statistics(IReadOnlyList<double> values)
    {
        private readonly double[] _sorted = [.. values.Order()];

        public double Median => Rank(0.5);

        public double P90 => Rank(0.9);

        public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

        // Nearest rank.
        private double Rank(double quantile) =>
            _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(quantile * _sorted.Length) - 1, 0, _sorted.Length - 1)];
    }
}
