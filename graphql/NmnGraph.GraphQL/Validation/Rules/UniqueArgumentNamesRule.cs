using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Argument Uniqueness (spec #sec-Argument-Uniqueness)</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override VisitAction EnterField(FieldNode node, ValidationContext context)
    {
        Check(node.Arguments, context);
        return VisitAction.Continue;
    }

    public override VisitAction EnterDirective(DirectiveNode node, ValidationContext context)
    {
        Check(node.Arguments, context);
        return VisitAction.SkipChildren;
    }

    private static void Check(IReadOnlyList<ArgumentNode> arguments, ValidationContext context)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        for (int i = 0; i < arguments.Count; i++)
        {
            string name = arguments[i].Name.Value;
            bool seenBefore = false;
            for (int j = 0; j < i && !seenBefore; j++)
            {
                seenBefore = string.Equals(arguments[j].Name.Value, name, StringComparison.Ordinal);
            }

            if (seenBefore)
            {
                continue;
            }

            List<SyntaxNode?>? duplicates = null;
            for (int j = i + 1; j < arguments.Count; j++)
            {
                if (string.Equals(arguments[j].Name.Value, name, StringComparison.Ordinal))
                {
                    duplicates ??= [arguments[i].Name];
                    duplicates.Add(arguments[j].Name);
                }
            }

            if (duplicates is not null)
            {
                context.Report(ErrorMessages.DuplicateArgument(name, [.. duplicates]));
            }
        }
    }
}
