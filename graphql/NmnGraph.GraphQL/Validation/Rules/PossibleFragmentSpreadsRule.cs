using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Is Possible (spec #sec-Fragment-Spread-Is-Possible)</summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override VisitAction EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
        if (context.Type is NamedType fragmentType && SchemaAccess.IsCompositeType(fragmentType)
            && context.ParentType is { } parentType && SchemaAccess.IsCompositeType(parentType)
            && !SchemaAccess.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.Report(ErrorMessages.ImpossibleInlineFragment(parentType.Name, fragmentType.Name, node));
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
        string name = node.Name.Value;
        if (context.GetFragment(name) is { } fragment
            && SchemaAccess.GetType(context.Schema, fragment.TypeCondition.Name.Value) is { } fragmentType
            && SchemaAccess.IsCompositeType(fragmentType)
            && context.ParentType is { } parentType
            && !SchemaAccess.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.Report(ErrorMessages.ImpossibleFragmentSpread(name, parentType.Name, fragmentType.Name, node));
        }

        return VisitAction.SkipChildren;
    }
}
