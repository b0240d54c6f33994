namespace NmnGraph.Terminal.Runtime;

/// <summary>
/// Work an update asks the runtime to do: run an async function whose result comes back as a message, send a
/// message, quit, or several of these. Only commands do I/O (for the browser: call the GraphQL client).
/// </summary>
public sealed class Command<TMsg>
    where TMsg : class
{
    private Command(Func<CancellationToken, Task<TMsg>>? run, TMsg? message, bool quit, IReadOnlyList<Command<TMsg>>? batch, bool listens = false)
    {
        RunAsync = run;
        Listens = listens;
        Message = message;
        IsQuit = quit;
        Commands = batch;
    }

    /// <summary>Control text for the terminal itself (OSC 52 to copy, say), written before the next frame.</summary>
    internal string? Output { get; private init; }

    /// <summary>Writes <paramref name="sequence"/> to the terminal (a control sequence such as OSC 52; never text for the screen).</summary>
    public static Command<TMsg> Write(string sequence)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        return new Command<TMsg>(null, null, quit: false, null) { Output = sequence };
    }

    /// <summary>Ends the program after this update.</summary>
    public static Command<TMsg> Quit { get; } = new(null, null, quit: true, null);

    internal Func<CancellationToken, Task<TMsg>>? RunAsync { get; }

    internal TMsg? Message { get; }

    internal bool IsQuit { get; }

    /// <summary>Waits for something from outside (a subscription's next event) rather than doing work.</summary>
    internal bool Listens { get; }

    internal IReadOnlyList<Command<TMsg>>? Commands { get; }

    /// <summary>Runs <paramref name="run"/> off the UI loop; its result is dispatched as a message.</summary>
    public static Command<TMsg> Run(Func<CancellationToken, Task<TMsg>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new Command<TMsg>(run, null, quit: false, null);
    }

    /// <summary>
    /// Waits off the UI loop for the next event from outside (a subscription) and dispatches it as a message. Unlike
    /// <see cref="Run"/> it is not work in flight: waiting until idle does not wait for it.
    /// </summary>
    public static Command<TMsg> Listen(Func<CancellationToken, Task<TMsg>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new Command<TMsg>(next, null, quit: false, null, listens: true);
    }

    /// <summary>Dispatches <paramref name="message"/> right after the current update.</summary>
    public static Command<TMsg> Send(TMsg message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Command<TMsg>(null, message, quit: false, null);
    }

    /// <summary>Several commands at once; nulls are ignored, and null is returned when nothing is left.</summary>
    public static Command<TMsg>? Batch(params Command<TMsg>?[] commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Command<TMsg>[] present = [.. commands.Where(c => c is not null).Select(c => c!)];
        return present.Length switch
        {
            0 => null,
            1 => present[0],
            _ => new Command<TMsg>(null, null, quit: false, present),
        };
    }
}
