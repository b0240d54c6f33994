namespace NmnGraph.Terminal.Widgets;

/// <summary>A key and what it does, for the footer and the help overlay ("?", "help").</summary>
public sealed record KeyHint(string Keys, string Description);
