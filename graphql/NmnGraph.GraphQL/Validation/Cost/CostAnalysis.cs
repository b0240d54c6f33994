namespace NmnGraph.GraphQL.Validation.Cost;

/// <summary>
/// What <see cref="CostAnalyzer"/> found: the cost, whether variable values could change it (a slicing argument or a
/// condition given by a variable), and the fields that break their <c>requireOneSlicingArgument</c>.
/// </summary>
public sealed record CostAnalysis(OperationCost Cost, bool DependsOnVariables, IReadOnlyList<SlicingArgumentViolation> SlicingArgumentViolations);
