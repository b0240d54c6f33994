using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Directives Are Unique per Location (spec #sec-Directives-Are-Unique-per-Location)</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => Check(node.Directives, context);

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => Check(node.Directives, context);

    public override VisitAction EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) => Check(node.Directives, context);

    public override VisitAction EnterField(FieldNode node, ValidationContext context) => Check(node.Directives, context);

    public override VisitAction EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context) => Check(node.Directives, context);

    public override VisitAction EnterInlineFragment(InlineFragmentNode node, ValidationContext context) => Check(node.Directives, context);

    private static VisitAction Check(IReadOnlyList<DirectiveNode> directives, ValidationContext context)
    {
        if (directives.Count < 2)
        {
            return VisitAction.Continue;
        }

        Dictionary<string, DirectiveNode>? seen = null;
        for (int i = 0; i < directives.Count; i++)
        {
            DirectiveNode directive = directives[i];
            string name = directive.Name.Value;
            if (SchemaAccess.GetDirective(context.Schema, name) is not { IsRepeatable: false })
            {
                continue;
            }

            seen ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            if (!seen.TryAdd(name, directive))
            {
                context.Report(ErrorMessages.DuplicateDirective(name, seen[name], directive));
            }
        }

        return VisitAction.Continue;
    }
}
