namespace NmnGraph.Terminal.Input;

/// <summary>Modifier keys held with a key or mouse event.</summary>
[Flags]
public enum Modifiers
{
    None = 0,
    Shift = 1,
    Alt = 2,
    Ctrl = 4,
}
