namespace NmnGraph.GraphQL.Validation;

/// <summary>Options of <see cref="DocumentValidator"/>.</summary>
public sealed class ValidationOptions
{
    /// <summary>The validator stops after this many errors and reports that it aborted (graphql-js maxErrors).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The rules to run, each factory called once per validation; null runs <see cref="SpecifiedRules.All"/>.</summary>
    public IReadOnlyList<Func<ValidationRule>>? Rules { get; init; }
}
