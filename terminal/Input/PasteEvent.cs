namespace NmnGraph.Terminal.Input;

/// <summary>Text pasted while bracketed paste mode was on; it is never interpreted as keys.</summary>
public sealed record PasteEvent(string Text) : InputEvent;
