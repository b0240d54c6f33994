using NmnGraph.Terminal.Input;

namespace NmnGraph.Terminal.Runtime;

/// <summary>
/// An Elm-style program: one immutable state, a pure <see cref="Update"/> that may return a
/// <see cref="Command{TMsg}"/>, and a <see cref="View"/> that draws the state into a buffer.
/// </summary>
public interface ITuiProgram<TState, TMsg>
    where TMsg : class
{
    /// <summary>The state to start with and a command to run at start (for example the first fetch).</summary>
    (TState State, Command<TMsg>? Command) Init();

    /// <summary>Computes the next state from a message; must not do I/O (return a command instead).</summary>
    (TState State, Command<TMsg>? Command) Update(TState state, TMsg message);

    /// <summary>Draws the state into <paramref name="buffer"/>, which is blank and the size of the terminal.</summary>
    void View(TState state, Buffer buffer);

    /// <summary>Turns terminal input (keys, paste, mouse, resize) into a message, or null to ignore it.</summary>
    TMsg? OnInput(TState state, InputEvent input);

    /// <summary>The message for a timer tick (spinners), or null when nothing animates.</summary>
    TMsg? OnTick(TState state);

    /// <summary>The message for a command that threw; null lets the exception end the program.</summary>
    TMsg? OnCommandFailed(TState state, Exception error);
}
