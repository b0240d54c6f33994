using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Name Uniqueness (spec #sec-Fragment-Name-Uniqueness)</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => VisitAction.SkipChildren;

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        NameNode name = node.Name;
        if (!_seen.TryAdd(name.Value, name))
        {
            context.Report(ErrorMessages.DuplicateFragmentName(name.Value, _seen[name.Value], name));
        }

        return VisitAction.SkipChildren;
    }
}
