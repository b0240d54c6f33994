namespace NmnGraph.Terminal.Input;

/// <summary>The terminal changed size.</summary>
public sealed record ResizeEvent(int Width, int Height) : InputEvent;
