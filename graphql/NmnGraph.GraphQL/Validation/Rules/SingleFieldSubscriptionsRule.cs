using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
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
        var fieldsByResponseName = new FieldGroups();
        var forbidden = new List<SyntaxNode?>();
        var scope = new SubscriptionScope(context, forbidden);
        FieldCollector.CollectFields(context.Schema, subscriptionType, node.SelectionSet, ref scope, fieldsByResponseName, new HashSet<string>(StringComparer.Ordinal));
        IReadOnlyList<string> responseNames = fieldsByResponseName.ResponseNames;

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

    /// <summary>
    /// The spec's CollectSubscriptionFields: every selection counts (skipping a root field is itself an error, so
    /// each <c>@skip</c>/<c>@include</c> is recorded), and fragments come from the document.
    /// </summary>
    private readonly struct SubscriptionScope(ValidationContext context, List<SyntaxNode?> forbidden) : IFieldCollectionScope
    {
        public bool ShouldInclude(SelectionNode selection)
        {
            foreach (DirectiveNode directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    forbidden.Add(directive);
                }
            }

            return true;
        }

        public FragmentDefinitionNode? GetFragment(string name) => context.GetFragment(name);
    }
}
