using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Leaf Field Selections (spec #sec-Leaf-Field-Selections)</summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    public override VisitAction EnterField(FieldNode node, ValidationContext context)
    {
        if (context.Type is not { } type)
        {
            return VisitAction.Continue;
        }

        if (SchemaAccess.IsLeafType(SchemaAccess.GetNamedType(type)))
        {
            if (node.SelectionSet is { } selectionSet)
            {
                context.Report(ErrorMessages.LeafFieldWithSelection(node.Name.Value, type.ToString()!, selectionSet));
            }
        }
        else if (node.SelectionSet is null)
        {
            context.Report(ErrorMessages.CompositeFieldWithoutSelection(node.Name.Value, type.ToString()!, node));
        }

        return VisitAction.Continue;
    }
}
