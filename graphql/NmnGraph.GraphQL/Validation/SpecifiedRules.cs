using NmnGraph.GraphQL.Validation.Cost;
using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Validation;

/// <summary>
/// The validation rules of spec §5, in the order graphql-js runs them (specifiedRules). Each entry creates a
/// fresh rule instance for one validation.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<Func<ValidationRule>> All { get; } =
    [
        static () => new ExecutableDefinitionsRule(),
        static () => new UniqueOperationNamesRule(),
        static () => new LoneAnonymousOperationRule(),
        static () => new KnownOperationTypesRule(),
        static () => new SingleFieldSubscriptionsRule(),
        static () => new KnownTypeNamesRule(),
        static () => new FragmentsOnCompositeTypesRule(),
        static () => new VariablesAreInputTypesRule(),
        static () => new ScalarLeafsRule(),
        static () => new FieldsOnCorrectTypeRule(),
        static () => new UniqueFragmentNamesRule(),
        static () => new KnownFragmentNamesRule(),
        static () => new NoUnusedFragmentsRule(),
        static () => new PossibleFragmentSpreadsRule(),
        static () => new NoFragmentCyclesRule(),
        static () => new UniqueVariableNamesRule(),
        static () => new NoUndefinedVariablesRule(),
        static () => new NoUnusedVariablesRule(),
        static () => new KnownDirectivesRule(),
        static () => new UniqueDirectivesPerLocationRule(),
        static () => new KnownArgumentNamesRule(),
        static () => new UniqueArgumentNamesRule(),
        static () => new ValuesOfCorrectTypeRule(),
        static () => new ProvidedRequiredArgumentsRule(),
        static () => new VariablesInAllowedPositionRule(),
        static () => new OverlappingFieldsCanBeMergedRule(),
        static () => new UniqueInputFieldNamesRule(),
    ];

    /// <summary>The specified rules followed by <see cref="CostLimitsRule"/> with <paramref name="options"/>.</summary>
    public static IReadOnlyList<Func<ValidationRule>> WithCostLimits(CostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. All, () => new CostLimitsRule(options)];
    }
}
