namespace NmnGraph.Terminal.Input;

/// <summary>The button of a mouse press, release or drag.</summary>
public enum MouseButton
{
    None,
    Left,
    Middle,
    Right,
}
