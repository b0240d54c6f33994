namespace NmnGraph.Terminal;

/// <summary>A terminal size in columns and rows.</summary>
public readonly record struct TerminalSize(int Width, int Height);
