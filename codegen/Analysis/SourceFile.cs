namespace NmnGraph.Codegen.Analysis;

/// <summary>A GraphQL file as read from disk: the path reported in diagnostics and its text.</summary>
public sealed record SourceFile(string Path, string Text);
