using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// CollectFields (spec #CollectFields()): the fields of selection sets for one object type, grouped by response
/// name in the order they first appear, fragments expanded once each. The execution plan, the subscription rule
/// and the cost analysis all collect through here; <typeparamref name="TScope"/> says which selections count and
/// where fragments come from (a struct, so the calls inline).
/// </summary>
internal static class FieldCollector
{
    public static void CollectFields<TScope>(Schema schema, ObjectType type, SelectionSetNode selectionSet, ref TScope scope, FieldGroups groups, HashSet<string> visitedFragments)
        where TScope : struct, IFieldCollectionScope
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            if (!scope.ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    groups.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(schema, type, inline.TypeCondition))
                    {
                        CollectFields(schema, type, inline.SelectionSet, ref scope, groups, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    string fragmentName = spread.Name.Value;
                    if (visitedFragments.Add(fragmentName)
                        && scope.GetFragment(fragmentName) is { } fragment
                        && DoesFragmentTypeApply(schema, type, fragment.TypeCondition))
                    {
                        CollectFields(schema, type, fragment.SelectionSet, ref scope, groups, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>DoesFragmentTypeApply (spec #DoesFragmentTypeApply()).</summary>
    public static bool DoesFragmentTypeApply(Schema schema, ObjectType type, NamedTypeNode typeCondition) =>
        schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType obj => ReferenceEquals(obj, type),
            NamedType conditionType when conditionType is InterfaceType or UnionType => schema.IsSubType(conditionType, type),
            _ => false,
        };
}
