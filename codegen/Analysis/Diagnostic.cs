namespace NmnGraph.Codegen.Analysis;

/// <summary>
/// A problem found in the schema or an operation file, printed in the canonical MSBuild format
/// (<c>path(line,col): error GQL0001: message</c>) so that MSBuild and editors report it as a compiler error.
/// </summary>
public sealed record Diagnostic(string FilePath, int Line, int Column, string Code, string Message)
{
    /// <summary>The operation does not validate against the schema.</summary>
    public const string ValidationError = "GQL0001";

    /// <summary>The operation or schema file is not syntactically valid GraphQL.</summary>
    public const string SyntaxError = "GQL0002";

    /// <summary>The operations break a rule of the generator (anonymous or duplicate operations, name clashes).</summary>
    public const string GeneratorError = "GQL0003";

    /// <summary>The schema itself is invalid.</summary>
    public const string SchemaError = "GQL0004";

    /// <summary>A checked-in generated file differs from a fresh generation (the <c>--verify</c> mode CI uses).</summary>
    public const string StaleOutput = "GQL0005";

    public override string ToString() =>
        Line > 0
            ? $"{FilePath}({Line},{Column}): error {Code}: {Message}"
            : $"{FilePath}: error {Code}: {Message}";
}
