using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Variable Uniqueness (spec #sec-Variable-Uniqueness)</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        IReadOnlyList<VariableDefinitionNode> variables = node.VariableDefinitions;
        for (int i = 0; i < variables.Count; i++)
        {
            string name = variables[i].Variable.Name.Value;
            bool seenBefore = false;
            for (int j = 0; j < i && !seenBefore; j++)
            {
                seenBefore = string.Equals(variables[j].Variable.Name.Value, name, StringComparison.Ordinal);
            }

            if (seenBefore)
            {
                continue;
            }

            List<SyntaxNode?>? duplicates = null;
            for (int j = i + 1; j < variables.Count; j++)
            {
                if (string.Equals(variables[j].Variable.Name.Value, name, StringComparison.Ordinal))
                {
                    duplicates ??= [variables[i].Variable.Name];
                    duplicates.Add(variables[j].Variable.Name);
                }
            }

            if (duplicates is not null)
            {
                context.Report(ErrorMessages.DuplicateVariable(name, [.. duplicates]));
            }
        }

        return VisitAction.SkipChildren;
    }
}
