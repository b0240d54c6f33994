using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Variables Are Input Types (spec #sec-Variables-Are-Input-Types)</summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override VisitAction EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context)
    {
        IType? type = SchemaAccess.TypeFromAst(context.Schema, node.Type);
        if (type is not null && !SchemaAccess.IsInputType(type))
        {
            context.Report(ErrorMessages.NonInputTypeVariable(node.Variable.Name.Value, Suggestions.PrintType(node.Type), node.Type));
        }

        return VisitAction.SkipChildren;
    }
}
