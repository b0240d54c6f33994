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
/// database. Each press is timed to the first frame drawn after it and to the frame that shows its result (for
/// <c>G</c> the last row of the whole list, for Enter the article): the time to a frame includes update, view, diff,
/// ANSI and the virtual terminal parsing it. Between presses the browser settles untimed (the debounced preview of
/// the selected row, pages fetched ahead), as it would while a person reads.
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
            await driver.PressAsync(KeyEvent.Char('g'), s => s.CurrentList is { Position: 1, Fetching: null }).ConfigureAwait(false);
            await driver.SettleAsync().ConfigureAwait(false);
            g.Add(await driver.PressAsync(KeyEvent.Char('G'), s => s.CurrentList.Position == total).ConfigureAwait(false), counted: i >= WarmUp);
        }

        results.Add(($"G (row 1 → {total:N0})", g));

        // PgDn near the top, then the same deep in the list: keyset cursors make a deep page cost what the first does.
        await driver.PressAsync(KeyEvent.Char('g'), s => s.CurrentList is { Position: 1, Fetching: null }).ConfigureAwait(false);
        await driver.SettleAsync().ConfigureAwait(false);
        Samples top = await PageDownAsync(driver, options.Presses).ConfigureAwait(false);
        results.Add(($"PgDn near the top (rows 1–{runtime.State.CurrentList.Position:N0})", top));

        var walk = Stopwatch.StartNew();
        int middle = total / 2;
        while (runtime.State.CurrentList.Position < middle)
        {
            int before = runtime.State.CurrentList.Position;
            await driver.PressAsync(new KeyEvent(Key.PageDown), s => s.CurrentList.Position > before && s.CurrentList.Fetching is null).ConfigureAwait(false);
        }

        await driver.SettleAsync().ConfigureAwait(false);
        int deepFrom = runtime.State.CurrentList.Position;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(walked down to row {deepFrom:N0} with PgDn in {walk.Elapsed.TotalSeconds:F1} s)"));
        Samples deep = await PageDownAsync(driver, options.Presses).ConfigureAwait(false);
        results.Add(($"PgDn deep (rows {deepFrom:N0}–{runtime.State.CurrentList.Position:N0})", deep));

        // Open: Enter on the next article deep in the list, pressed before its preview is due, so the article is fetched.
        var open = new Samples();
        for (int i = 0; i < WarmUp + options.Presses; i++)
        {
            if (runtime.State.Focus == PaneFocus.Detail)
            {
                await driver.PressAsync(new KeyEvent(Key.Tab), s => s.Focus == PaneFocus.List).ConfigureAwait(false);
                await driver.SettleAsync().ConfigureAwait(false);
            }

            int before = runtime.State.CurrentList.Position;
            await driver.PressAsync(new KeyEvent(Key.Down), s => s.CurrentList.Position == before + 1).ConfigureAwait(false);
            EntityRef target = runtime.State.CurrentList.SelectedItem!.Target;
            open.Add(await driver.PressAsync(new KeyEvent(Key.Enter), s => s.Focus == PaneFocus.Detail && s.Current is { Detail: not null } page && page.Target == target)
                .ConfigureAwait(false), counted: i >= WarmUp);
            await driver.SettleAsync().ConfigureAwait(false);
        }

        results.Add(($"Enter: open an article near row {runtime.State.CurrentList.Position:N0}", open));

        output.WriteLine();
        output.WriteLine("| key | first frame, median | p90 | frame showing the result, median | p90 | max |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach ((string name, Samples samples) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {samples.Frame.Median:F1} ms | {samples.Frame.P90:F1} ms | {samples.Shown.Median:F1} ms | {samples.Shown.P90:F1} ms | {samples.Shown.Max:F1} ms |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PgDn deep / near the top, medians of the frame showing the result, side by side: {deep.Shown.Median / top.Shown.Median:F2}×"));
        bool met = results.All(r => r.Samples.Shown.Median < 50);
        output.WriteLine(met ? "goal met: every median is under 50 ms" : "goal missed: a median is 50 ms or more");
        return 0;
    }

    private static async Task<Samples> PageDownAsync(Driver driver, int presses)
    {
        var samples = new Samples();
        for (int i = 0; i < WarmUp + presses; i++)
        {
            int before = driver.State.CurrentList.Position;
            samples.Add(await driver.PressAsync(new KeyEvent(Key.PageDown), s => s.CurrentList.Position > before).ConfigureAwait(false), counted: i >= WarmUp);
            await driver.SettleAsync().ConfigureAwait(false); // the preview of the row and any page fetched ahead, untimed
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

        public BrowserState State => runtime.State;

        /// <summary>Presses <paramref name="key"/>; times the first frame after it and the frame on which <paramref name="shown"/> holds.</summary>
        public async Task<Timing> PressAsync(KeyEvent key, Func<BrowserState, bool> shown)
        {
            terminal.Inject(key);
            long start = Stopwatch.GetTimestamp();
            runtime.ProcessPending(); // the key's update and the frame after it
            TimeSpan frame = Stopwatch.GetElapsedTime(start);
            await runtime.WaitForAsync(shown, s_timeout).ConfigureAwait(false); // each batch of messages is drawn before the check
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

    private readonly record struct Timing(double FrameMs, double ShownMs);

    private sealed class Samples
    {
        private readonly List<double> _frame = [];
        private readonly List<double> _shown = [];

        public Statistics Frame => new(_frame);

        public Statistics Shown => new(_shown);

        public void Add(Timing timing, bool counted)
        {
            if (counted)
            {
                _frame.Add(timing.FrameMs);
                _shown.Add(timing.ShownMs);
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
