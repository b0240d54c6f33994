namespace NmnGraph.Codegen.Emit;

/// <summary>One generated source file: its name (<c>GetArticle.g.cs</c>) and its text.</summary>
public sealed record GeneratedFile(string Name, string Text);
