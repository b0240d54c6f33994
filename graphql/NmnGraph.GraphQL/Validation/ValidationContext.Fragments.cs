using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _spreads;
    private Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>? _recursiveFragments;
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<OperationDefinitionNode, List<VariableUsage>>? _recursiveVariableUsages;

    /// <summary>Every fragment spread inside the selection set, at any depth, in document order.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _spreads ??= new Dictionary<SelectionSetNode, List<FragmentSpreadNode>>(ReferenceEqualityComparer.Instance);
        if (!_spreads.TryGetValue(selectionSet, out List<FragmentSpreadNode>? spreads))
        {
            spreads = [];
            CollectSpreads(selectionSet, spreads);
            _spreads.Add(selectionSet, spreads);
        }

        return spreads;
    }

    private static void CollectSpreads(SelectionSetNode selectionSet, List<FragmentSpreadNode> spreads)
    {
        IReadOnlyList<SelectionNode> selections = selectionSet.Selections;
        for (int i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FragmentSpreadNode spread:
                    spreads.Add(spread);
                    break;
                case FieldNode { SelectionSet: { } fieldSelections }:
                    CollectSpreads(fieldSelections, spreads);
                    break;
                case InlineFragmentNode inline:
                    CollectSpreads(inline.SelectionSet, spreads);
                    break;
            }
        }
    }

    /// <summary>The defined fragments an operation uses, directly or through other fragments, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _recursiveFragments ??= new Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>(ReferenceEqualityComparer.Instance);
        if (_recursiveFragments.TryGetValue(operation, out List<FragmentDefinitionNode>? fragments))
        {
            return fragments;
        }

        fragments = [];
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            IReadOnlyList<FragmentSpreadNode> spreads = GetFragmentSpreads(pending.Pop());
            for (int i = 0; i < spreads.Count; i++)
            {
                string name = spreads[i].Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments.Add(operation, fragments);
        return fragments;
    }

    /// <summary>
    /// The variables used directly in an operation or fragment (not in the fragments it spreads), with their
    /// expected types. Complete only once the walk has left the definition; rules read it in LeaveDocument.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        return _variableUsages.TryGetValue(definition, out List<VariableUsage>? usages) ? usages : [];
    }

    /// <summary>The variables used by an operation and by every fragment it uses (read it in LeaveDocument).</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _recursiveVariableUsages ??= new Dictionary<OperationDefinitionNode, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (_recursiveVariableUsages.TryGetValue(operation, out List<VariableUsage>? usages))
        {
            return usages;
        }

        usages = [.. GetVariableUsages(operation)];
        IReadOnlyList<FragmentDefinitionNode> fragments = GetRecursivelyReferencedFragments(operation);
        for (int i = 0; i < fragments.Count; i++)
        {
            usages.AddRange(GetVariableUsages(fragments[i]));
        }

        _recursiveVariableUsages.Add(operation, usages);
        return usages;
    }

    /// <summary>Called by the walk at each variable of an operation's or fragment's body, with the type info of that place.</summary>
    internal void RecordVariableUsage(ExecutableDefinitionNode definition, VariableNode node)
    {
        if (!_variableUsages.TryGetValue(definition, out List<VariableUsage>? usages))
        {
            usages = [];
            _variableUsages.Add(definition, usages);
        }

        usages.Add(new VariableUsage(node, InputType, DefaultValue, TypeInfo.OneOfParentOf(node)));
    }
}
