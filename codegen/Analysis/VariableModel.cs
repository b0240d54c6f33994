namespace NmnGraph.Codegen.Analysis;

/// <summary>
/// A variable of an operation or a field of an input object. <see cref="IsOptional"/> ones may be omitted and are
/// <c>Optional&lt;T&gt;</c> in C#; they are written only when given.
/// </summary>
public sealed record VariableModel(string GraphQLName, string PropertyName, string ParameterName, TypeRef Type, bool IsOptional, string? Description);
