using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>All Variables Used (spec #sec-All-Variables-Used)</summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    public override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (DefinitionNode definition in node.Definitions)
        {
            if (definition is not OperationDefinitionNode operation || operation.VariableDefinitions.Count == 0)
            {
                continue;
            }

            used.Clear();
            IReadOnlyList<VariableUsage> usages = context.GetRecursiveVariableUsages(operation);
            for (int i = 0; i < usages.Count; i++)
            {
                used.Add(usages[i].Node.Name.Value);
            }

            foreach (VariableDefinitionNode variable in operation.VariableDefinitions)
            {
                if (!used.Contains(variable.Variable.Name.Value))
                {
                    context.Report(ErrorMessages.UnusedVariable(variable.Variable.Name.Value, operation.Name?.Value, variable));
                }
            }
        }
    }
}
