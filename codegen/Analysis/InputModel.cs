namespace NmnGraph.Codegen.Analysis;

public sealed record InputModel(string Name, string? Description, bool IsOneOf, IReadOnlyList<VariableModel> Fields);
