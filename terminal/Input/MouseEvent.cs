namespace NmnGraph.Terminal.Input;

/// <summary>A mouse action at a zero-based cell position (SGR mouse reporting).</summary>
public sealed record MouseEvent(MouseAction Action, MouseButton Button, int X, int Y, Modifiers Modifiers = Modifiers.None) : InputEvent;
