using System.Globalization;
using NmnGraph.Terminal.Input;
using NmnGraph.Terminal.Runtime;

namespace NmnGraph.Terminal.Tests.Runtime;

public sealed class TuiRuntimeTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void Start_takes_over_the_terminal_and_draws_the_initial_state()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram());
        runtime.Start();

        Assert.True(terminal.InRawMode);
        Assert.True(terminal.IsAlternateScreen);
        Assert.False(terminal.CursorVisible);
        Assert.Equal("count=0 ticks=0         ", terminal.Screen.ToLines()[0]);
        Assert.Equal("24x4 ready              ", terminal.Screen.ToLines()[1]);
    }

    [Fact]
    public void Keys_become_messages_and_the_screen_follows()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram());
        runtime.Start();
        terminal.InjectInput("jj\e[Bw"); // w means nothing

        Assert.True(runtime.ProcessPending());
        Assert.Equal(3, runtime.State.Count);
        Assert.Equal("count=3 ticks=0         ", terminal.Screen.ToLines()[0]);
        Assert.False(runtime.ProcessPending());
    }

    [Fact]
    public void Only_the_changed_cells_are_redrawn_after_a_key()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram());
        runtime.Start();
        terminal.TakeOutput();
        terminal.InjectInput("j");
        runtime.ProcessPending();
        Assert.Equal("\e[1;7H1", terminal.TakeOutput());
    }

    [Fact]
    public async Task Command_results_come_back_as_messages()
    {
        var terminal = new VirtualTerminal(24, 4);
        var program = new CounterProgram();
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, program);
        runtime.Start();
        terminal.InjectInput("l");
        runtime.ProcessPending();
        Assert.Equal("loading", runtime.State.Status);
        Assert.Equal(1, runtime.CommandsInFlight);

        program.Pending.SetResult("3 articles");
        await runtime.WaitForAsync(s => s.Status == "3 articles", s_timeout);
        Assert.Equal("24x4 3 articles         ", terminal.Screen.ToLines()[1]);
    }

    [Fact]
    public async Task Run_until_idle_waits_for_running_commands()
    {
        var terminal = new VirtualTerminal(24, 4);
        var program = new CounterProgram();
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, program);
        runtime.Start();
        terminal.InjectInput("a");
        await runtime.RunUntilIdleAsync(CancellationToken.None).WaitAsync(s_timeout);
        Assert.Equal(0, runtime.CommandsInFlight);
        Assert.Equal("async done", runtime.State.Status);
    }

    [Fact]
    public async Task A_failing_command_is_reported_to_the_program()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram());
        runtime.Start();
        terminal.InjectInput("x");
        CounterState state = await runtime.WaitForAsync(s => s.Status.StartsWith("error", StringComparison.Ordinal), s_timeout);
        Assert.Equal("error: server unreachable", state.Status);
    }

    [Fact]
    public async Task Wait_for_times_out_with_a_clear_message()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram());
        runtime.Start();
        TimeoutException error = await Assert.ThrowsAsync<TimeoutException>(() => runtime.WaitForAsync(s => s.Count == 99, TimeSpan.FromMilliseconds(50)));
        Assert.Contains("not reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_and_send_commands_dispatch_in_order()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram());
        runtime.Start();
        terminal.Press(Key.F5);
        runtime.ProcessPending();
        Assert.Equal(3, runtime.State.Count);
        Assert.Equal("batched", runtime.State.Status);
        ScreenAssert.Contains(terminal.Screen, "count=3");
    }

    [Fact]
    public void Ignored_input_and_ticks_cause_no_redraw()
    {
        var terminal = new VirtualTerminal(24, 4);
        var program = new CounterProgram { TicksEnabled = false };
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, program);
        runtime.Start();
        terminal.TakeOutput();
        program.Views = 0;
        runtime.Tick();
        terminal.InjectInput("w");
        Assert.True(runtime.ProcessPending());
        Assert.Equal(0, program.Views);
        Assert.Equal(string.Empty, terminal.TakeOutput());
    }

    [Fact]
    public void Ticks_are_messages_too()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram());
        runtime.Start();
        runtime.Tick();
        runtime.Tick();
        runtime.ProcessPending();
        Assert.Equal("count=0 ticks=2         ", terminal.Screen.ToLines()[0]);
    }

    [Fact]
    public void Resize_redraws_everything_at_the_new_size_and_back()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram());
        runtime.Start();
        terminal.InjectInput("j");
        runtime.ProcessPending();

        terminal.Resize(40, 12);
        runtime.ProcessPending();
        Assert.Equal(new Rect(0, 0, 40, 12), runtime.Frame.Area);
        Assert.Equal("count=1 ticks=0".PadRight(40), terminal.Screen.ToLines()[0]);
        Assert.Equal("40x12 ready".PadRight(40), terminal.Screen.ToLines()[1]);
        Assert.Equal("bottom".PadRight(40), terminal.Screen.ToLines()[11]);

        terminal.Resize(24, 4);
        runtime.ProcessPending();
        Assert.Equal(runtime.Frame.ToLines(), terminal.Screen.ToLines());
        Assert.Equal("24x4 ready              ", terminal.Screen.ToLines()[1]);
    }

    [Fact]
    public async Task Quit_ends_the_run_and_restores_the_terminal()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram(), new TuiRuntimeOptions { TickInterval = null });
        terminal.InjectInput("jjq");
        CounterState final = await runtime.RunAsync(CancellationToken.None).WaitAsync(s_timeout);

        Assert.Equal(2, final.Count);
        Assert.True(runtime.HasQuit);
        AssertRestored(terminal);
    }

    [Fact]
    public async Task Ctrl_c_quits_even_when_the_program_ignores_it()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram(), new TuiRuntimeOptions { TickInterval = null });
        terminal.InjectInput("j\x03j");
        CounterState final = await runtime.RunAsync(CancellationToken.None).WaitAsync(s_timeout);
        Assert.Equal(1, final.Count);
        AssertRestored(terminal);
    }

    [Fact]
    public async Task An_exception_in_the_program_still_restores_the_terminal()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram(), new TuiRuntimeOptions { TickInterval = null });
        terminal.InjectInput("!");
        await Assert.ThrowsAsync<InvalidOperationException>(() => runtime.RunAsync(CancellationToken.None).WaitAsync(s_timeout));
        AssertRestored(terminal);
    }

    [Fact]
    public async Task Cancellation_and_closed_input_end_the_run_cleanly()
    {
        var terminal = new VirtualTerminal(24, 4);
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, new CounterProgram(), new TuiRuntimeOptions { TickInterval = null });
        using var cts = new CancellationTokenSource();
        Task<CounterState> run = runtime.RunAsync(cts.Token);
        terminal.InjectInput("j");
        await cts.CancelAsync();
        await run.WaitAsync(s_timeout);
        AssertRestored(terminal);

        var other = new VirtualTerminal(24, 4);
        using var second = new TuiRuntime<CounterState, Msg>(other, new CounterProgram(), new TuiRuntimeOptions { TickInterval = null });
        other.CloseInput();
        await second.RunAsync(CancellationToken.None).WaitAsync(s_timeout);
        AssertRestored(other);
    }

    [Fact]
    public async Task The_real_tick_timer_feeds_ticks_while_running()
    {
        var terminal = new VirtualTerminal(24, 4);
        var program = new CounterProgram { QuitAfterTicks = 2 };
        using var runtime = new TuiRuntime<CounterState, Msg>(terminal, program, new TuiRuntimeOptions { TickInterval = TimeSpan.FromMilliseconds(5) });
        CounterState final = await runtime.RunAsync(CancellationToken.None).WaitAsync(s_timeout);
        Assert.Equal(2, final.Ticks);
        AssertRestored(terminal);
    }

    private static void AssertRestored(VirtualTerminal terminal)
    {
        Assert.False(terminal.InRawMode);
        Assert.True(terminal.RestoreCount >= 1);
        Assert.False(terminal.IsAlternateScreen);
        Assert.True(terminal.CursorVisible);
        Assert.False(terminal.MouseReporting);
        Assert.False(terminal.BracketedPaste);
    }

    private sealed record CounterState(int Count, int Ticks, string Status, int Width, int Height);

    private abstract record Msg;

    private sealed record Increment : Msg;

    private sealed record Tick : Msg;

    private sealed record StartLoad : Msg;

    private sealed record StartAsync : Msg;

    private sealed record StartFailing : Msg;

    private sealed record Loaded(string Text) : Msg;

    private sealed record Failed(string Reason) : Msg;

    private sealed record Resized(int Width, int Height) : Msg;

    private sealed record Quit : Msg;

    private sealed record Burst : Msg;

    private sealed record Explode : Msg;

    private sealed class CounterProgram : ITuiProgram<CounterState, Msg>
    {
        public TaskCompletionSource<string> Pending { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int QuitAfterTicks { get; init; } = int.MaxValue;

        public bool TicksEnabled { get; init; } = true;

        public int Views { get; set; }

        public (CounterState State, Command<Msg>? Command) Init() => (new CounterState(0, 0, "ready", 0, 0), null);

        public (CounterState State, Command<Msg>? Command) Update(CounterState state, Msg message) => message switch
        {
            Increment => (state with { Count = state.Count + 1 }, null),
            Tick => (state with { Ticks = state.Ticks + 1 }, state.Ticks + 1 >= QuitAfterTicks ? Command<Msg>.Quit : null),
            StartLoad => (state with { Status = "loading" }, Command<Msg>.Run(async ct => new Loaded(await Pending.Task.WaitAsync(ct)))),
            StartAsync => (state with { Status = "working" }, Command<Msg>.Run(async ct =>
            {
                await Task.Yield();
                return new Loaded("async done");
            })),
            StartFailing => (state, Command<Msg>.Run(_ => throw new HttpRequestException("server unreachable"))),
            Loaded loaded => (state with { Status = loaded.Text }, null),
            Failed failed => (state with { Status = "error: " + failed.Reason }, null),
            Resized resized => (state with { Width = resized.Width, Height = resized.Height }, null),
            Quit => (state, Command<Msg>.Quit),
            Burst => (state with { Count = state.Count + 1 }, Command<Msg>.Batch(
                Command<Msg>.Send(new Increment()),
                null,
                Command<Msg>.Send(new Increment()),
                Command<Msg>.Send(new Loaded("batched")))),
            Explode => throw new InvalidOperationException("boom"),
            _ => (state, null),
        };

        public void View(CounterState state, Buffer buffer)
        {
            Views++;
            buffer.SetString(0, 0, string.Create(CultureInfo.InvariantCulture, $"count={state.Count} ticks={state.Ticks}"), Style.Default);
            buffer.SetString(0, 1, string.Create(CultureInfo.InvariantCulture, $"{buffer.Width}x{buffer.Height} {state.Status}"), Style.Bold);
            if (buffer.Height > 4)
            {
                buffer.SetString(0, buffer.Height - 1, "bottom", Style.Default);
            }
        }

        public Msg? OnInput(CounterState state, InputEvent input) => input switch
        {
            KeyEvent k when k.IsChar('j') || k.Key == Key.Down => new Increment(),
            KeyEvent k when k.IsChar('l') => new StartLoad(),
            KeyEvent k when k.IsChar('a') => new StartAsync(),
            KeyEvent k when k.IsChar('x') => new StartFailing(),
            KeyEvent k when k.IsChar('q') => new Quit(),
            KeyEvent { Key: Key.F5 } => new Burst(),
            KeyEvent k when k.IsChar('!') => new Explode(),
            ResizeEvent r => new Resized(r.Width, r.Height),
            _ => null,
        };

        public Msg? OnTick(CounterState state) => TicksEnabled ? new Tick() : null;

        public Msg? OnCommandFailed(CounterState state, Exception error) => new Failed(error.Message);
    }
}
