using System.Text;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging (spec #sec-Field-Selection-Merging). The graphql-js algorithm: fields of each
/// selection set are grouped by response name (following inline fragments, keeping named fragments apart),
/// and the groups are compared within a selection set, against each spread fragment, and between fragments.
/// Field maps are cached per selection set, compared fragment pairs and (field map, fragment) pairs are
/// remembered, so each comparison is made once.
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private readonly Dictionary<(FieldMap, string), bool> _comparedFieldsAndFragments = [];
    private readonly List<Conflict> _conflicts = [];
    private readonly HashSet<string> _responseNames = new(StringComparer.Ordinal);

    public override VisitAction EnterSelectionSet(SelectionSetNode node, ValidationContext context)
    {
        if (CannotConflict(node))
        {
            return VisitAction.Continue;
        }

        _conflicts.Clear();
        FindConflictsWithinSelectionSet(context, _conflicts, context.ParentType, node);
        if (_conflicts.Count > 0)
        {
            // Copied: reporting may abort, and the list is reused by the next selection set.
            Conflict[] found = [.. _conflicts];
            foreach (Conflict conflict in found)
            {
                var nodes = new SyntaxNode?[conflict.Fields1.Count + conflict.Fields2.Count];
                for (int i = 0; i < conflict.Fields1.Count; i++)
                {
                    nodes[i] = conflict.Fields1[i];
                }

                for (int i = 0; i < conflict.Fields2.Count; i++)
                {
                    nodes[conflict.Fields1.Count + i] = conflict.Fields2[i];
                }

                context.Report(ErrorMessages.FieldsConflict(conflict.Reason.ResponseName, ReasonMessage(conflict.Reason), nodes));
            }
        }

        return VisitAction.Continue;
    }

    // The common case needs no field map: every response name appears once (looking through inline
    // fragments), and there is no fragment spread, or a single spread with no fields beside it. Conflicts
    // inside a spread fragment are reported when its own selection set is visited.
    private bool CannotConflict(SelectionSetNode node)
    {
        _responseNames.Clear();
        int spreads = 0;
        return CollectResponseNames(node, ref spreads) && (spreads == 0 || (spreads == 1 && _responseNames.Count == 0));
    }

    private bool CollectResponseNames(SelectionSetNode node, ref int spreads)
    {
        IReadOnlyList<SelectionNode> selections = node.Selections;
        for (int i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    if (!_responseNames.Add(field.ResponseName))
                    {
                        return false;
                    }

                    break;
                case InlineFragmentNode inline:
                    if (!CollectResponseNames(inline.SelectionSet, ref spreads))
                    {
                        return false;
                    }

                    break;
                default:
                    spreads++;
                    break;
            }
        }

        return true;
    }

    private static string ReasonMessage(ConflictReason reason)
    {
        if (reason.SubReasons is null)
        {
            return reason.Message!;
        }

        var message = new StringBuilder();
        for (int i = 0; i < reason.SubReasons.Count; i++)
        {
            if (i > 0)
            {
                message.Append(" and ");
            }

            ConflictReason sub = reason.SubReasons[i];
            message.Append("subfields \"").Append(sub.ResponseName).Append("\" conflict because ").Append(ReasonMessage(sub));
        }

        return message.ToString();
    }

    private void FindConflictsWithinSelectionSet(ValidationContext context, List<Conflict> conflicts, NamedType? parentType, SelectionSetNode selectionSet)
    {
        FieldsAndFragments own = GetFieldsAndFragmentNames(context, parentType, selectionSet);
        CollectConflictsWithin(context, conflicts, own.Fields);
        List<string> fragmentNames = own.FragmentNames;
        for (int i = 0; i < fragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, false, own.Fields, fragmentNames[i]);
            for (int j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(context, conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        ValidationContext context,
        List<Conflict> conflicts,
        bool mutuallyExclusive,
        FieldMap fieldMap,
        string fragmentName)
    {
        if (WasCompared(_comparedFieldsAndFragments, (fieldMap, fragmentName), mutuallyExclusive))
        {
            return;
        }

        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        FieldsAndFragments referenced = GetReferencedFieldsAndFragmentNames(context, fragment);
        if (ReferenceEquals(fieldMap, referenced.Fields))
        {
            return;
        }

        CollectConflictsBetween(context, conflicts, mutuallyExclusive, fieldMap, referenced.Fields);
        foreach (string referencedName in referenced.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, mutuallyExclusive, fieldMap, referencedName);
        }
    }

    private void CollectConflictsBetweenFragments(
        ValidationContext context,
        List<Conflict> conflicts,
        bool mutuallyExclusive,
        string fragmentName1,
        string fragmentName2)
    {
        if (string.Equals(fragmentName1, fragmentName2, StringComparison.Ordinal))
        {
            return;
        }

        (string, string) key = string.CompareOrdinal(fragmentName1, fragmentName2) < 0
            ? (fragmentName1, fragmentName2)
            : (fragmentName2, fragmentName1);
        if (WasCompared(_comparedFragmentPairs, key, mutuallyExclusive))
        {
            return;
        }

        if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        FieldsAndFragments referenced1 = GetReferencedFieldsAndFragmentNames(context, fragment1);
        FieldsAndFragments referenced2 = GetReferencedFieldsAndFragmentNames(context, fragment2);
        CollectConflictsBetween(context, conflicts, mutuallyExclusive, referenced1.Fields, referenced2.Fields);
        foreach (string name2 in referenced2.FragmentNames)
        {
            CollectConflictsBetweenFragments(context, conflicts, mutuallyExclusive, fragmentName1, name2);
        }

        foreach (string name1 in referenced1.FragmentNames)
        {
            CollectConflictsBetweenFragments(context, conflicts, mutuallyExclusive, name1, fragmentName2);
        }
    }

    // A pair compared while not mutually exclusive covers both cases; one compared as exclusive covers only that.
    private static bool WasCompared<TKey>(Dictionary<TKey, bool> compared, TKey key, bool mutuallyExclusive)
        where TKey : notnull
    {
        if (compared.TryGetValue(key, out bool recordedExclusive) && (mutuallyExclusive || !recordedExclusive))
        {
            return true;
        }

        compared[key] = mutuallyExclusive;
        return false;
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        ValidationContext context,
        bool mutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        FieldsAndFragments first = GetFieldsAndFragmentNames(context, parentType1, selectionSet1);
        FieldsAndFragments second = GetFieldsAndFragmentNames(context, parentType2, selectionSet2);
        CollectConflictsBetween(context, conflicts, mutuallyExclusive, first.Fields, second.Fields);
        foreach (string name2 in second.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, mutuallyExclusive, first.Fields, name2);
        }

        foreach (string name1 in first.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, mutuallyExclusive, second.Fields, name1);
        }

        foreach (string name1 in first.FragmentNames)
        {
            foreach (string name2 in second.FragmentNames)
            {
                CollectConflictsBetweenFragments(context, conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(ValidationContext context, List<Conflict> conflicts, FieldMap fieldMap)
    {
        for (int k = 0; k < fieldMap.Keys.Count; k++)
        {
            List<FieldAndDefinition> fields = fieldMap.Groups[k];
            if (fields.Count < 2)
            {
                continue;
            }

            string responseName = fieldMap.Keys[k];
            for (int i = 0; i < fields.Count; i++)
            {
                for (int j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(context, false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(
        ValidationContext context,
        List<Conflict> conflicts,
        bool parentFieldsAreMutuallyExclusive,
        FieldMap fieldMap1,
        FieldMap fieldMap2)
    {
        for (int k = 0; k < fieldMap1.Keys.Count; k++)
        {
            string responseName = fieldMap1.Keys[k];
            if (!fieldMap2.Index.TryGetValue(responseName, out int index2))
            {
                continue;
            }

            List<FieldAndDefinition> fields1 = fieldMap1.Groups[k];
            List<FieldAndDefinition> fields2 = fieldMap2.Groups[index2];
            for (int i = 0; i < fields1.Count; i++)
            {
                for (int j = 0; j < fields2.Count; j++)
                {
                    if (FindConflict(context, parentFieldsAreMutuallyExclusive, responseName, fields1[i], fields2[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(
        ValidationContext context,
        bool parentFieldsAreMutuallyExclusive,
        string responseName,
        FieldAndDefinition field1,
        FieldAndDefinition field2)
    {
        FieldNode node1 = field1.Node;
        FieldNode node2 = field2.Node;
        if (ReferenceEquals(node1, node2))
        {
            return null;
        }

        // Fields on two different object types can never be executed together, so only their shapes must agree.
        bool mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);

        if (!mutuallyExclusive)
        {
            string name1 = node1.Name.Value;
            string name2 = node2.Name.Value;
            if (!string.Equals(name1, name2, StringComparison.Ordinal))
            {
                return new Conflict(new ConflictReason(responseName, $"\"{name1}\" and \"{name2}\" are different fields", null), [node1], [node2]);
            }

            if (!ValueComparer.SameArguments(node1.Arguments, node2.Arguments))
            {
                return new Conflict(new ConflictReason(responseName, "they have differing arguments", null), [node1], [node2]);
            }
        }

        IType? type1 = field1.Definition?.Type;
        IType? type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(
                new ConflictReason(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", null),
                [node1],
                [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            List<Conflict> subConflicts = FindConflictsBetweenSubSelectionSets(
                context,
                mutuallyExclusive,
                SchemaAccess.GetNamedType(type1),
                selectionSet1,
                SchemaAccess.GetNamedType(type2),
                selectionSet2);
            if (subConflicts.Count > 0)
            {
                var reasons = new List<ConflictReason>(subConflicts.Count);
                var fields1 = new List<FieldNode> { node1 };
                var fields2 = new List<FieldNode> { node2 };
                foreach (Conflict sub in subConflicts)
                {
                    reasons.Add(sub.Reason);
                    fields1.AddRange(sub.Fields1);
                    fields2.AddRange(sub.Fields2);
                }

                return new Conflict(new ConflictReason(responseName, null, reasons), fields1, fields2);
            }
        }

        return null;
    }

    // Two types conflict when they would give the response different shapes: list vs not, nullability, or different leaves.
    private static bool DoTypesConflict(IType type1, IType type2)
    {
        while (true)
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            if (SchemaAccess.IsLeafType(type1) || SchemaAccess.IsLeafType(type2))
            {
                return !ReferenceEquals(type1, type2);
            }

            return false;
        }
    }

    private FieldsAndFragments GetFieldsAndFragmentNames(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_cache.TryGetValue(selectionSet, out FieldsAndFragments? cached))
        {
            var fieldMap = new FieldMap();
            var fragmentNames = new List<string>();
            CollectFieldsAndFragmentNames(context, parentType, selectionSet, fieldMap, fragmentNames);
            cached = new FieldsAndFragments(fieldMap, fragmentNames);
            _cache.Add(selectionSet, cached);
        }

        return cached;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(ValidationContext context, FragmentDefinitionNode fragment)
    {
        if (_cache.TryGetValue(fragment.SelectionSet, out FieldsAndFragments? cached))
        {
            return cached;
        }

        IType? fragmentType = SchemaAccess.TypeFromAst(context.Schema, fragment.TypeCondition);
        return GetFieldsAndFragmentNames(context, fragmentType as NamedType, fragment.SelectionSet);
    }

    private static void CollectFieldsAndFragmentNames(
        ValidationContext context,
        NamedType? parentType,
        SelectionSetNode selectionSet,
        FieldMap fieldMap,
        List<string> fragmentNames)
    {
        IReadOnlyList<SelectionNode> selections = selectionSet.Selections;
        for (int i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    OutputField? definition = parentType is ComplexOutputType complex ? complex.GetField(field.Name.Value) : null;
                    fieldMap.Add(field.ResponseName, new FieldAndDefinition(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragmentNames.Contains(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    NamedType? inlineType = inline.TypeCondition is { } condition
                        ? SchemaAccess.GetType(context.Schema, condition.Name.Value)
                        : parentType;
                    CollectFieldsAndFragmentNames(context, inlineType, inline.SelectionSet, fieldMap, fragmentNames);
                    break;
            }
        }
    }

    private readonly record struct FieldAndDefinition(NamedType? ParentType, FieldNode Node, OutputField? Definition);

    private sealed record FieldsAndFragments(FieldMap Fields, List<string> FragmentNames);

    private sealed record ConflictReason(string ResponseName, string? Message, List<ConflictReason>? SubReasons);

    private sealed record Conflict(ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>Fields grouped by response name, in the order the names first appear.</summary>
    private sealed class FieldMap
    {
        public List<string> Keys { get; } = [];

        public List<List<FieldAndDefinition>> Groups { get; } = [];

        public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);

        public void Add(string responseName, FieldAndDefinition field)
        {
            if (!Index.TryGetValue(responseName, out int index))
            {
                index = Keys.Count;
                Index.Add(responseName, index);
                Keys.Add(responseName);
                Groups.Add([]);
            }

            Groups[index].Add(field);
        }
    }
}
