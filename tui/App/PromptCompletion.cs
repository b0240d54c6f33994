namespace NmnGraph.Tui.App;

/// <summary>
/// Tab completion at a prompt: the word being completed starts at <see cref="WordStart"/>, <see cref="Candidates"/>
/// are what it can become and <see cref="Index"/> the one in the line now (-1: only their common prefix is);
/// <see cref="Line"/> is the line Tab left, so a further Tab knows to cycle rather than start again.
/// </summary>
public sealed record PromptCompletion(int WordStart, IReadOnlyList<string> Candidates, int Index, string Line);
