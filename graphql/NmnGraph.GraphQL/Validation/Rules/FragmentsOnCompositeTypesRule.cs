using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Fragments on Object, Interface or Union Types (spec #sec-Fragments-on-Object-Interface-or-Union-Types)</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override VisitAction EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
        if (node.TypeCondition is { } condition
            && SchemaAccess.GetType(context.Schema, condition.Name.Value) is { } type
            && !SchemaAccess.IsCompositeType(type))
        {
            context.Report(ErrorMessages.InlineFragmentOnNonCompositeType(condition.Name.Value, condition));
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        NamedTypeNode condition = node.TypeCondition;
        NamedType? type = SchemaAccess.GetType(context.Schema, condition.Name.Value);
        if (type is not null && !SchemaAccess.IsCompositeType(type))
        {
            context.Report(ErrorMessages.FragmentOnNonCompositeType(node.Name.Value, condition.Name.Value, condition));
        }

        return VisitAction.Continue;
    }
}
