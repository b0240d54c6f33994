using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Operation Name Uniqueness (spec #sec-Operation-Name-Uniqueness)</summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Name is { } name && !_seen.TryAdd(name.Value, name))
        {
            context.Report(ErrorMessages.DuplicateOperationName(name.Value, _seen[name.Value], name));
        }

        return VisitAction.SkipChildren;
    }
}
