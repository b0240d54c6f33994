using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Validation.Cost;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>
/// Cost limits (IBM GraphQL Cost Directive specification; HotChocolate's cost analysis): each operation's field cost and
/// type cost (<see cref="CostAnalyzer"/>) must stay within <see cref="CostOptions"/>, and list fields that require
/// exactly one slicing argument get one. Refusals carry <c>extensions.code</c> <c>COST_LIMIT_EXCEEDED</c> with the
/// computed cost and the limit. Not a rule of spec §5: add it with <see cref="SpecifiedRules.WithCostLimits"/>.
/// Only the operation that will run is costed, as HotChocolate does: validation knows it when the document holds one
/// operation; in a document of several, the executor costs the one the request names
/// (<see cref="Execution.RequestExecutorOptions.Cost"/>), so an expensive operation that does not run refuses nothing.
/// </summary>
public sealed class CostLimitsRule(CostOptions options) : ValidationRule
{
    private bool? _onlyOperation;

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        _onlyOperation ??= CountOperations(context.Document) == 1;
        if (_onlyOperation == true)
        {
            foreach (GraphQLError error in Check(CostAnalyzer.Analyze(context.Schema, context.Document, node, options), node, options))
            {
                context.Report(error);
            }
        }

        return VisitAction.SkipChildren;
    }

    /// <summary>
    /// The refusals of the operation <paramref name="analysis"/> describes: each field that breaks its
    /// <c>requireOneSlicingArgument</c>, then a cost over a limit; empty when it may run.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Check(CostAnalysis analysis, OperationDefinitionNode operation, CostOptions options)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        List<GraphQLError>? errors = null;
        foreach (SlicingArgumentViolation violation in analysis.SlicingArgumentViolations)
        {
            (errors ??= []).Add(ErrorMessages.WithCodeAt(
                ErrorMessages.ExactlyOneSlicingArgument(violation.Field.Coordinate, violation.SlicingArguments),
                RequestErrorCodes.SlicingArgumentRequired,
                violation.Node));
        }

        if (Check(analysis.Cost, operation, options) is { } error)
        {
            (errors ??= []).Add(error);
        }

        return errors ?? (IReadOnlyList<GraphQLError>)[];
    }

    private static int CountOperations(DocumentNode document)
    {
        int count = 0;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                count++;
            }
        }

        return count;
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
