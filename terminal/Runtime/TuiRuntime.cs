using System.Threading.Channels;
using NmnGraph.Terminal.Input;

namespace NmnGraph.Terminal.Runtime;

/// <summary>
/// Runs an <see cref="ITuiProgram{TState, TMsg}"/> on an <see cref="ITerminal"/>: input, ticks and command results
/// become messages, each batch of messages is followed by one redraw, and the terminal is restored however the
/// run ends. Tests drive it step by step with <see cref="ProcessPending"/>, <see cref="RunUntilIdleAsync"/> and
/// <see cref="WaitForAsync"/> instead of <see cref="RunAsync"/>.
/// </summary>
public sealed class TuiRuntime<TState, TMsg> : IDisposable
    where TMsg : class
{
    private readonly ITerminal _terminal;
    private readonly ITuiProgram<TState, TMsg> _program;
    private readonly TuiRuntimeOptions _options;
    private readonly Renderer _renderer;
    private readonly Channel<Envelope> _queue = Channel.CreateUnbounded<Envelope>();
    private readonly CancellationTokenSource _commandsCancellation = new();
    private readonly Command<TMsg>? _initialCommand;
    private Buffer _frame;
    private int _commandsInFlight;
    private bool _started;
    private bool _stopped;
    private bool _inputClosed;
    private bool _dirty;

    public TuiRuntime(ITerminal terminal, ITuiProgram<TState, TMsg> program, TuiRuntimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(program);
        _terminal = terminal;
        _program = program;
        _options = options ?? new TuiRuntimeOptions();
        _renderer = new Renderer(terminal, _options.Renderer);
        TerminalSize size = terminal.Size;
        _frame = new Buffer(size.Width, size.Height);
        (State, Command<TMsg>? command) = program.Init();
        _initialCommand = command;
    }

    public TState State { get; private set; }

    /// <summary>True once a quit command ran (or Ctrl+C, or the input ended).</summary>
    public bool HasQuit { get; private set; }

    /// <summary>Commands started and not yet finished.</summary>
    public int CommandsInFlight => Volatile.Read(ref _commandsInFlight);

    /// <summary>The last frame drawn (what the terminal shows).</summary>
    public Buffer Frame => _frame;

    /// <summary>Takes over the terminal, runs the initial command and draws the first frame.</summary>
    public void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        _terminal.EnterRawMode();
        _renderer.Start();
        Execute(_initialCommand);
        Draw();
    }

    /// <summary>Gives the terminal back and cancels running commands. Safe to call more than once.</summary>
    public void Stop()
    {
        if (_stopped || !_started)
        {
            return;
        }

        _stopped = true;
        _commandsCancellation.Cancel();
        try
        {
            _renderer.Stop();
        }
        finally
        {
            _terminal.Restore();
        }
    }

    /// <summary>Runs until the program quits or <paramref name="cancellationToken"/> fires; returns the last state.</summary>
    public async Task<TState> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            Start();
            using var ticks = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task tickLoop = _options.TickInterval is { } interval ? TickLoopAsync(interval, ticks.Token) : Task.CompletedTask;
            Task<bool>? inputWait = null;
            Task<bool>? queueWait = null;
            while (!HasQuit)
            {
                ProcessPending();
                if (HasQuit)
                {
                    break;
                }

                inputWait ??= _inputClosed ? new TaskCompletionSource<bool>().Task : _terminal.Events.WaitToReadAsync(cancellationToken).AsTask();
                queueWait ??= _queue.Reader.WaitToReadAsync(cancellationToken).AsTask();
                await Task.WhenAny(inputWait, queueWait).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (inputWait.IsCompleted)
                {
                    if (!await inputWait.ConfigureAwait(false))
                    {
                        _inputClosed = true;
                        HasQuit = true; // the terminal is gone
                    }

                    inputWait = null;
                }

                if (queueWait.IsCompleted)
                {
                    await queueWait.ConfigureAwait(false);
                    queueWait = null;
                }
            }

            await ticks.CancelAsync().ConfigureAwait(false);
            await tickLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled from outside: a normal way to stop.
        }
        finally
        {
            Stop();
        }

        return State;
    }

    /// <summary>Queues a message, as if a command had returned it.</summary>
    public void Send(TMsg message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _queue.Writer.TryWrite(new Envelope(message, null, IsTick: false));
    }

    /// <summary>Queues a timer tick (the real loop does this every <see cref="TuiRuntimeOptions.TickInterval"/>).</summary>
    public void Tick() => _queue.Writer.TryWrite(new Envelope(null, null, IsTick: true));

    /// <summary>
    /// Handles everything already queued (terminal input first, then messages), then redraws once.
    /// Returns false when there was nothing to do.
    /// </summary>
    public bool ProcessPending()
    {
        bool any = false;
        while (!HasQuit)
        {
            if (_terminal.Events.TryRead(out InputEvent? input))
            {
                HandleInput(input);
            }
            else if (_queue.Reader.TryRead(out Envelope envelope))
            {
                if (envelope.IsWakeUp)
                {
                    continue;
                }

                HandleEnvelope(envelope);
            }
            else
            {
                break;
            }

            any = true;
        }

        // Ticks the program ignores change nothing, so they cost no redraw.
        if (_dirty && !HasQuit)
        {
            Draw();
        }

        return any;
    }

    /// <summary>Processes input and messages until nothing is queued and no command is running.</summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            ProcessPending();
            if (HasQuit || (CommandsInFlight == 0 && !_queue.Reader.TryPeek(out _) && !_terminal.Events.TryPeek(out _)))
            {
                return;
            }

            if (!_queue.Reader.TryPeek(out _) && !_terminal.Events.TryPeek(out _))
            {
                await _queue.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Processes messages until <paramref name="predicate"/> holds for the state; throws on timeout.</summary>
    public async Task<TState> WaitForAsync(Func<TState, bool> predicate, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            ProcessPending();
            if (predicate(State))
            {
                return State;
            }

            if (HasQuit)
            {
                throw new InvalidOperationException("The program quit before the expected state was reached.");
            }

            try
            {
                if (!_queue.Reader.TryPeek(out _) && !_terminal.Events.TryPeek(out _))
                {
                    await _queue.Reader.WaitToReadAsync(cts.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The expected state was not reached within {timeout}; the state is {State}.");
            }
        }
    }

    public void Dispose()
    {
        Stop();
        _commandsCancellation.Dispose();
    }

    private void HandleInput(InputEvent input)
    {
        if (input is ResizeEvent resize)
        {
            _frame = new Buffer(Math.Max(0, resize.Width), Math.Max(0, resize.Height));
            _renderer.Invalidate();
            _dirty = true;
        }

        if (_options.QuitOnCtrlC && input is KeyEvent key && key.IsCtrl('c'))
        {
            HasQuit = true;
            return;
        }

        if (_program.OnInput(State, input) is { } message)
        {
            Dispatch(message);
        }
    }

    private void HandleEnvelope(Envelope envelope)
    {
        if (envelope.Error is { } error)
        {
            TMsg? failure = _program.OnCommandFailed(State, error);
            if (failure is null)
            {
                throw new InvalidOperationException("A command failed and the program did not handle it.", error);
            }

            Dispatch(failure);
        }
        else if (envelope.IsTick)
        {
            if (_program.OnTick(State) is { } tick)
            {
                Dispatch(tick);
            }
        }
        else if (envelope.Message is { } message)
        {
            Dispatch(message);
        }
    }

    private void Dispatch(TMsg message)
    {
        (TState state, Command<TMsg>? command) = _program.Update(State, message);
        State = state;
        _dirty = true;
        Execute(command);
    }

    private void Execute(Command<TMsg>? command)
    {
        if (command is null)
        {
            return;
        }

        if (command.IsQuit)
        {
            HasQuit = true;
        }
        else if (command.Commands is { } commands)
        {
            foreach (Command<TMsg> inner in commands)
            {
                Execute(inner);
            }
        }
        else if (command.Output is { } output)
        {
            _terminal.Write(output);
            _terminal.Flush();
        }
        else if (command.Message is { } message)
        {
            _queue.Writer.TryWrite(new Envelope(message, null, IsTick: false));
        }
        else if (command.RunAsync is { } run)
        {
            if (!command.Listens)
            {
                Interlocked.Increment(ref _commandsInFlight);
            }

            _ = RunCommandAsync(run, command.Listens);
        }
    }

    private async Task RunCommandAsync(Func<CancellationToken, Task<TMsg>> run, bool listens)
    {
        int counted = listens ? 0 : 1;
        CancellationToken token = _commandsCancellation.Token;
        Envelope result;
        try
        {
            TMsg message = await Task.Run(() => run(token), token).ConfigureAwait(false);
            result = new Envelope(message, null, IsTick: false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            CountDown(counted);
            return;
        }
        catch (Exception ex)
        {
            result = new Envelope(null, ex, IsTick: false);
        }

        // Queue before counting down, so an idle check never misses the result.
        _queue.Writer.TryWrite(result);
        CountDown(counted);
    }

    /// <summary>
    /// A command finished. When it was the last one, a wait for idle may already have taken its result from the queue
    /// (before the count went down) and be waiting for more: wake it to look again.
    /// </summary>
    private void CountDown(int counted)
    {
        if (counted > 0 && Interlocked.Add(ref _commandsInFlight, -counted) == 0)
        {
            _queue.Writer.TryWrite(Envelope.WakeUp);
        }
    }

    private async Task TickLoopAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            Tick();
        }
    }

    private void Draw()
    {
        _dirty = false;
        _frame.Clear();
        _program.View(State, _frame);
        _renderer.Render(_frame);
    }

    private readonly record struct Envelope(TMsg? Message, Exception? Error, bool IsTick)
    {
        /// <summary>Carries nothing: it only ends a wait on the queue.</summary>
        public static Envelope WakeUp => default;

        public bool IsWakeUp => Message is null && Error is null && !IsTick;
    }
}
