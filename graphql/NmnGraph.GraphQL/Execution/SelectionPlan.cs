using System.Text.Json;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>The fields collected for one object type from one or more merged selection sets.</summary>
internal sealed class SelectionPlan
{
    public SelectionPlan(OperationPlan operation, ulong mask, ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        Type = type;
        var groups = new FieldGroups();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var scope = new PlanScope(operation, mask);
        foreach (SelectionSetNode selectionSet in selectionSets)
        {
            FieldCollector.CollectFields(operation.Schema, type, selectionSet, ref scope, groups, visitedFragments);
        }

        var fields = new List<PlannedField>(groups.Count);
        foreach (string responseName in groups.ResponseNames)
        {
            List<FieldNode> nodes = groups[responseName];
            OutputField? definition = operation.Schema.GetFieldDefinition(type, nodes[0].Name.Value);
            if (definition is not null)
            {
                fields.Add(new PlannedField(operation, mask, type, responseName, definition, [.. nodes]));
            }
        }

        Fields = [.. fields];
        ResponseNames = new string[Fields.Length];
        EncodedResponseNames = new JsonEncodedText[Fields.Length];
        for (int i = 0; i < Fields.Length; i++)
        {
            ResponseNames[i] = Fields[i].ResponseName;
            EncodedResponseNames[i] = JsonEncodedText.Encode(Fields[i].ResponseName);
        }
    }

    private int _jsonWritable;

    public ObjectType Type { get; }

    /// <summary>
    /// True when every field is read from its parent alone (<see cref="PlannedField.Reader"/>) and its values can be
    /// written straight as JSON (<see cref="PlannedField.ValuesAreJsonWritable"/>): a value of this selection never
    /// needs a resolver, a task or a result map.
    /// </summary>
    public bool IsJsonWritable
    {
        get
        {
            int known = Volatile.Read(ref _jsonWritable);
            if (known == 0)
            {
                bool writable = true;
                foreach (PlannedField planned in Fields)
                {
                    writable &= planned.Reader is not null && planned.ValuesAreJsonWritable;
                }

                known = writable ? 1 : 2;
                Volatile.Write(ref _jsonWritable, known);
            }

            return known == 1;
        }
    }

    public PlannedField[] Fields { get; }

    public string[] ResponseNames { get; }

    /// <summary>The response names as JSON property names, encoded once for every response that writes them.</summary>
    public JsonEncodedText[] EncodedResponseNames { get; }

    /// <summary>Collects as the request's <c>@skip</c>/<c>@include</c> variable values (<paramref name="mask"/>) decide.</summary>
    private readonly struct PlanScope(OperationPlan operation, ulong mask) : IFieldCollectionScope
    {
        public bool ShouldInclude(SelectionNode selection) => operation.ShouldInclude(selection.Directives, mask);

        public FragmentDefinitionNode? GetFragment(string name) => operation.Fragments.GetValueOrDefault(name);
    }
}
