using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.Codegen.Analysis;

internal sealed partial class ShapeBuilder
{
    /// <summary>
    /// Collects the fields of a selection set as seen by one type (spec #sec-Field-Collection, without merging
    /// arguments): <paramref name="concrete"/> is the object type the JSON object will have, or null for what every
    /// possible type of the abstract <paramref name="owner"/> has in common.
    /// </summary>
    private Collected Collect(SelectionSetNode set, NamedType owner, ObjectType? concrete)
    {
        var collected = new Collected();
        Collect(set, owner, concrete, collected, conditional: false);
        return collected;
    }

    private void Collect(SelectionSetNode set, NamedType owner, ObjectType? concrete, Collected into, bool conditional)
    {
        foreach (SelectionNode selection in set.Selections)
        {
            bool selectionConditional = conditional || IsConditional(selection);
            switch (selection)
            {
                case FieldNode field:
                    if (field.Alias is null && string.Equals(field.Name.Value, "__typename", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    into.Add(field, schema.GetFieldDefinition(owner, field.Name.Value), selectionConditional);
                    break;
                case InlineFragmentNode inline when Applies(inline.TypeCondition?.Name.Value, owner, concrete):
                    Collect(inline.SelectionSet, owner, concrete, into, selectionConditional);
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out FragmentDefinitionNode? fragment)
                    && Applies(fragment.TypeCondition.Name.Value, owner, concrete):
                    if (!selectionConditional && !into.Fragments.Contains(spread.Name.Value))
                    {
                        into.Fragments.Add(spread.Name.Value);
                    }

                    Collect(fragment.SelectionSet, owner, concrete, into, selectionConditional);
                    break;
            }
        }
    }

    private bool Applies(string? condition, NamedType owner, ObjectType? concrete)
    {
        if (condition is null || string.Equals(condition, owner.Name, StringComparison.Ordinal))
        {
            return true;
        }

        if (concrete is not null)
        {
            return string.Equals(condition, concrete.Name, StringComparison.Ordinal)
                || (schema.GetType(condition) is { } type && type.IsAbstractType() && schema.IsSubType(type, concrete));
        }

        // What all possible types share: fragments on an interface the owner itself implements.
        return owner is ComplexOutputType complex
            && complex.Interfaces.Any(i => string.Equals(i.Name, condition, StringComparison.Ordinal));
    }

    private static bool IsConditional(SelectionNode selection) =>
        selection.Directives.Any(d => d.Name.Value is "skip" or "include");

    private sealed class Collected
    {
        public List<FieldGroup> Fields { get; } = [];

        public List<string> Fragments { get; } = [];

        public void Add(FieldNode field, OutputField? definition, bool conditional)
        {
            FieldGroup? group = Fields.FirstOrDefault(g => string.Equals(g.ResponseName, field.ResponseName, StringComparison.Ordinal));
            if (group is null)
            {
                group = new FieldGroup(field.ResponseName, definition);
                Fields.Add(group);
            }

            group.Nodes.Add(field);
            group.AlwaysConditional &= conditional;
        }

        public bool SameAs(Collected other) =>
            Fields.Count == other.Fields.Count
            && Fields.Zip(other.Fields).All(p =>
                string.Equals(p.First.ResponseName, p.Second.ResponseName, StringComparison.Ordinal)
                && p.First.Nodes.Count == p.Second.Nodes.Count
                && p.First.AlwaysConditional == p.Second.AlwaysConditional)
            && Fragments.All(other.Fragments.Contains);
    }

    private sealed class FieldGroup(string responseName, OutputField? definition)
    {
        public string ResponseName { get; } = responseName;

        public OutputField? Definition { get; } = definition;

        public List<FieldNode> Nodes { get; } = [];

        public bool AlwaysConditional { get; set; } = true;
    }
}
