using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>The fields collected for one object type from one or more merged selection sets.</summary>
internal sealed class SelectionPlan
{
    public SelectionPlan(OperationPlan operation, ulong mask, ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        Type = type;
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (SelectionSetNode selectionSet in selectionSets)
        {
            Collect(operation, mask, type, selectionSet, grouped, order, visitedFragments);
        }

        var fields = new List<PlannedField>(order.Count);
        foreach (string responseName in order)
        {
            List<FieldNode> nodes = grouped[responseName];
            OutputField? definition = operation.Schema.GetFieldDefinition(type, nodes[0].Name.Value);
            if (definition is not null)
            {
                fields.Add(new PlannedField(operation, mask, type, responseName, definition, [.. nodes]));
            }
        }

        Fields = [.. fields];
        ResponseNames = new string[Fields.Length];
        for (int i = 0; i < Fields.Length; i++)
        {
            ResponseNames[i] = Fields[i].ResponseName;
        }
    }

    public ObjectType Type { get; }

    public PlannedField[] Fields { get; }

    public string[] ResponseNames { get; }

    /// <summary>CollectFields (spec #CollectFields()).</summary>
    private static void Collect(
        OperationPlan operation,
        ulong mask,
        ObjectType type,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> grouped,
        List<string> order,
        HashSet<string> visitedFragments)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            if (!operation.ShouldInclude(selection.Directives, mask))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    string responseName = field.ResponseName;
                    if (!grouped.TryGetValue(responseName, out List<FieldNode>? nodes))
                    {
                        grouped[responseName] = nodes = [];
                        order.Add(responseName);
                    }

                    nodes.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(operation.Schema, type, inline.TypeCondition))
                    {
                        Collect(operation, mask, type, inline.SelectionSet, grouped, order, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    string fragmentName = spread.Name.Value;
                    if (!visitedFragments.Add(fragmentName)
                        || !operation.Fragments.TryGetValue(fragmentName, out FragmentDefinitionNode? fragment)
                        || !DoesFragmentTypeApply(operation.Schema, type, fragment.TypeCondition))
                    {
                        continue;
                    }

                    Collect(operation, mask, type, fragment.SelectionSet, grouped, order, visitedFragments);
                    break;
            }
        }
    }

    private static bool DoesFragmentTypeApply(Schema schema, ObjectType type, NamedTypeNode typeCondition)
    {
        NamedType? conditionType = schema.GetType(typeCondition.Name.Value);
        return conditionType switch
        {
            ObjectType obj => ReferenceEquals(obj, type),
            InterfaceType or UnionType => schema.IsSubType(conditionType, type),
            _ => false,
        };
    }
}
