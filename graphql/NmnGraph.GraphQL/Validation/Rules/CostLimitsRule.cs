using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Validation.Cost;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>
/// Cost limits (IBM GraphQL Cost Directive specification; HotChocolate's cost analysis): each operation's field cost and
/// type cost (<see cref="CostAnalyzer"/>) must stay within <see cref="CostOptions"/>, and list fields that require
/// exactly one slicing argument get one. Refusals carry <c>extensions.code</c> <c>COST_LIMIT_EXCEEDED</c> with the
/// computed cost and the limit. Not a rule of spec §5: add it with <see cref="SpecifiedRules.WithCostLimits"/>.
/// </summary>
public sealed class CostLimitsRule(CostOptions options) : ValidationRule
{
    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        CostAnalysis analysis = CostAnalyzer.Analyze(context.Schema, context.Document, node, options);
        foreach (SlicingArgumentViolation violation in analysis.SlicingArgumentViolations)
        {
            context.Report(ErrorMessages.WithCodeAt(
                ErrorMessages.ExactlyOneSlicingArgument(violation.Field.Coordinate, violation.SlicingArguments),
                RequestErrorCodes.SlicingArgumentRequired,
                violation.Node));
        }

        if (Check(analysis.Cost, node, options) is { } error)
        {
            context.Report(error);
        }

        return VisitAction.SkipChildren;
    }

    /// <summary>The refusal of an operation whose cost is over a limit of <paramref name="options"/>; null when it is within.</summary>
    public static GraphQLError? Check(OperationCost cost, OperationDefinitionNode operation, CostOptions options)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(options);
        (string Kind, double Cost, double Limit)? over =
            options.MaxFieldCost is { } maxField && cost.FieldCost > maxField ? ("field", cost.FieldCost, maxField)
            : options.MaxTypeCost is { } maxType && cost.TypeCost > maxType ? ("type", cost.TypeCost, maxType)
            : null;
        if (over is not { } exceeded)
        {
            return null;
        }

        return ErrorMessages.WithCodeAt(
            ErrorMessages.CostLimitExceeded(operation.Name?.Value, exceeded.Kind, OperationCost.Format(exceeded.Cost), OperationCost.Format(exceeded.Limit)),
            RequestErrorCodes.CostLimitExceeded,
            (SyntaxNode?)operation.Name ?? operation,
            ("fieldCost", cost.FieldCost),
            ("typeCost", cost.TypeCost),
            ("maxFieldCost", options.MaxFieldCost),
            ("maxTypeCost", options.MaxTypeCost));
    }
}
