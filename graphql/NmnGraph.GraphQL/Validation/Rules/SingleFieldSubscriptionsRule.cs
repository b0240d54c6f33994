using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field (spec #sec-Single-Root-Field): a subscription selects exactly one root field, which is not
/// an introspection field, and its root selections use neither <c>@skip</c> nor <c>@include</c>.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return VisitAction.SkipChildren;
        }

        string? operationName = node.Name?.Value;
        var fieldsByResponseName = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var responseNames = new List<string>();
        var forbidden = new List<SyntaxNode?>();
        Collect(context, subscriptionType, node.SelectionSet, new HashSet<string>(StringComparer.Ordinal), fieldsByResponseName, responseNames, forbidden);

        if (forbidden.Count > 0)
        {
            context.Report(ErrorMessages.SubscriptionSkipOrInclude(operationName, [.. forbidden]));
            return VisitAction.SkipChildren;
        }

        if (responseNames.Count > 1)
        {
            var extra = new List<SyntaxNode?>();
            for (int i = 1; i < responseNames.Count; i++)
            {
                extra.AddRange(fieldsByResponseName[responseNames[i]]);
            }

            context.Report(ErrorMessages.SubscriptionMultipleRootFields(operationName, [.. extra]));
        }

        foreach (string responseName in responseNames)
        {
            List<FieldNode> fields = fieldsByResponseName[responseName];
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.Report(ErrorMessages.SubscriptionIntrospectionRootField(operationName, [.. fields]));
            }
        }

        return VisitAction.SkipChildren;
    }

    // The spec's CollectSubscriptionFields: fragments whose type condition cannot apply to the root are skipped.
    private static void Collect(
        ValidationContext context,
        ObjectType rootType,
        SelectionSetNode selectionSet,
        HashSet<string> visitedFragments,
        Dictionary<string, List<FieldNode>> fieldsByResponseName,
        List<string> responseNames,
        List<SyntaxNode?> forbidden)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            foreach (DirectiveNode directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    forbidden.Add(directive);
                }
            }

            switch (selection)
            {
                case FieldNode field:
                    string responseName = field.ResponseName;
                    if (!fieldsByResponseName.TryGetValue(responseName, out List<FieldNode>? fields))
                    {
                        fields = [];
                        fieldsByResponseName.Add(responseName, fields);
                        responseNames.Add(responseName);
                    }

                    fields.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !Applies(context, rootType, condition))
                    {
                        break;
                    }

                    Collect(context, rootType, inline.SelectionSet, visitedFragments, fieldsByResponseName, responseNames, forbidden);
                    break;
                case FragmentSpreadNode spread:
                    if (visitedFragments.Add(spread.Name.Value)
                        && context.GetFragment(spread.Name.Value) is { } fragment
                        && Applies(context, rootType, fragment.TypeCondition))
                    {
                        Collect(context, rootType, fragment.SelectionSet, visitedFragments, fieldsByResponseName, responseNames, forbidden);
                    }

                    break;
            }
        }
    }

    // DoesFragmentTypeApply (spec #DoesFragmentTypeApply()).
    private static bool Applies(ValidationContext context, ObjectType rootType, NamedTypeNode condition) =>
        SchemaAccess.GetType(context.Schema, condition.Name.Value) switch
        {
            ObjectType objectType => ReferenceEquals(objectType, rootType),
            NamedType abstractType when abstractType is InterfaceType or UnionType => SchemaAccess.IsSubType(context.Schema, abstractType, rootType),
            _ => false,
        };
}
