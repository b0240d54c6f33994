using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Target Defined (spec #sec-Fragment-Spread-Target-Defined)</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    public override VisitAction EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.Report(ErrorMessages.UnknownFragment(node.Name.Value, node.Name));
        }

        return VisitAction.SkipChildren;
    }
}
