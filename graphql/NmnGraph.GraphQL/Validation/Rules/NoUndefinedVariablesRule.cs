using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>All Variable Uses Defined (spec #sec-All-Variable-Uses-Defined)</summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (DefinitionNode definition in node.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            defined.Clear();
            foreach (VariableDefinitionNode variable in operation.VariableDefinitions)
            {
                defined.Add(variable.Variable.Name.Value);
            }

            IReadOnlyList<VariableUsage> usages = context.GetRecursiveVariableUsages(operation);
            for (int i = 0; i < usages.Count; i++)
            {
                VariableNode usage = usages[i].Node;
                if (!defined.Contains(usage.Name.Value))
                {
                    context.Report(ErrorMessages.UndefinedVariable(usage.Name.Value, operation.Name?.Value, usage, operation));
                }
            }
        }
    }
}
