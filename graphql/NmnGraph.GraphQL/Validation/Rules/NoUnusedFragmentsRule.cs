using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Fragments Must Be Used (spec #sec-Fragments-Must-Be-Used)</summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => VisitAction.SkipChildren;

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => VisitAction.SkipChildren;

    public override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (DefinitionNode definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                foreach (FragmentDefinitionNode fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }
        }

        foreach (DefinitionNode definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
            {
                context.Report(ErrorMessages.UnusedFragment(fragment.Name.Value, fragment));
            }
        }
    }
}
