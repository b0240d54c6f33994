namespace NmnGraph.Terminal.Input;

/// <summary>The keys the decoder knows. Printable characters are <see cref="Char"/> with the rune in the event.</summary>
public enum Key
{
    Unknown,
    Char,
    Enter,
    Tab,
    Backspace,
    Escape,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Insert,
    Delete,
    F1,
    F2,
    F3,
    F4,
    F5,
    F6,
    F7,
    F8,
    F9,
    F10,
    F11,
    F12,
}
