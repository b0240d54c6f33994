namespace NmnGraph.Terminal.Input;

/// <summary>What the mouse did.</summary>
public enum MouseAction
{
    Press,
    Release,
    Drag,
    Move,
    WheelUp,
    WheelDown,
}
