using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Lone Anonymous Operation (spec #sec-Lone-Anonymous-Operation)</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    public override VisitAction EnterDocument(DocumentNode node, ValidationContext context)
    {
        foreach (DefinitionNode definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                _operationCount++;
            }
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.Report(ErrorMessages.AnonymousOperationNotAlone(node));
        }

        return VisitAction.SkipChildren;
    }
}
