using System.Threading.Channels;
using NmnGraph.Terminal.Input;

namespace NmnGraph.Terminal;

/// <summary>
/// The only way the TUI talks to a terminal. <see cref="AnsiTerminal"/> is the real one; <see cref="VirtualTerminal"/>
/// interprets what is written for tests.
/// </summary>
public interface ITerminal : IDisposable
{
    /// <summary>The current size in columns and rows.</summary>
    TerminalSize Size { get; }

    /// <summary>The colours this terminal can show (already <see cref="ColorSupport.None"/> under NO_COLOR).</summary>
    ColorSupport ColorSupport { get; }

    /// <summary>
    /// Decoded input: keys, pastes, mouse and <see cref="ResizeEvent"/>s, in the order they happened. Read it with
    /// <c>ReadAllAsync</c> or <c>TryRead</c>.
    /// </summary>
    ChannelReader<InputEvent> Events { get; }

    /// <summary>Raised (on any thread) after the size changed; a <see cref="ResizeEvent"/> is queued as well.</summary>
    event Action<TerminalSize>? Resized;

    /// <summary>Queues output; nothing reaches the terminal before <see cref="Flush"/>.</summary>
    void Write(ReadOnlySpan<char> text);

    /// <summary>Queues output; nothing reaches the terminal before <see cref="Flush"/>.</summary>
    void Write(string text);

    void Flush();

    /// <summary>Switches the terminal to raw input (no echo, no line editing, Ctrl+C as a key) and starts reading.</summary>
    void EnterRawMode();

    /// <summary>Puts the terminal back as it was: cooked mode, main screen, cursor shown. Safe to call twice.</summary>
    void Restore();
}
