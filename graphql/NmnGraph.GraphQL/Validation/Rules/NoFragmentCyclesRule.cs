using System.Text;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles (spec #sec-Fragment-Spreads-Must-Not-Form-Cycles). A depth-first
/// walk over the spread graph that visits each fragment once, so each cycle is reported once.
/// </summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => VisitAction.SkipChildren;

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        DetectCycles(node, context);
        return VisitAction.SkipChildren;
    }

    private void DetectCycles(FragmentDefinitionNode fragment, ValidationContext context)
    {
        string name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        IReadOnlyList<FragmentSpreadNode> spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndexByName[name] = _spreadPath.Count;
        foreach (FragmentSpreadNode spread in spreads)
        {
            string spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_pathIndexByName.TryGetValue(spreadName, out int cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } target)
                {
                    DetectCycles(target, context);
                }
            }
            else
            {
                var via = new StringBuilder();
                var nodes = new SyntaxNode?[_spreadPath.Count - cycleIndex];
                for (int i = cycleIndex; i < _spreadPath.Count; i++)
                {
                    nodes[i - cycleIndex] = _spreadPath[i];
                    if (i < _spreadPath.Count - 1)
                    {
                        if (via.Length > 0)
                        {
                            via.Append(", ");
                        }

                        via.Append('"').Append(_spreadPath[i].Name.Value).Append('"');
                    }
                }

                context.Report(ErrorMessages.FragmentCycle(spreadName, via.ToString(), nodes));
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _pathIndexByName.Remove(name);
    }
}
