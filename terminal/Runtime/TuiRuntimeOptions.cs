namespace NmnGraph.Terminal.Runtime;

/// <summary>How a <see cref="TuiRuntime{TState, TMsg}"/> runs.</summary>
public sealed record TuiRuntimeOptions
{
    /// <summary>How often <see cref="ITuiProgram{TState, TMsg}.OnTick"/> is asked for a message; null for never.</summary>
    public TimeSpan? TickInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Ctrl+C always quits, whatever the program does with keys.</summary>
    public bool QuitOnCtrlC { get; init; } = true;

    public RendererOptions Renderer { get; init; } = new();
}
