using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Operation Type Existence (spec #sec-Operation-Type-Existence)</summary>
public sealed class KnownOperationTypesRule : ValidationRule
{
    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (SchemaAccess.GetRootType(context.Schema, node.Operation) is null)
        {
            string operation = node.Operation switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            };
            context.Report(ErrorMessages.UnsupportedOperationType(operation, node));
        }

        return VisitAction.SkipChildren;
    }
}
