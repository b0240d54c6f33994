namespace NmnGraph.Terminal.Input;

/// <summary>Something that came from the terminal: a key, a paste, a mouse action or a resize.</summary>
public abstract record InputEvent;
