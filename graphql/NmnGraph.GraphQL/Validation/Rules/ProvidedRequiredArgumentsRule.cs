using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Required Arguments (spec #sec-Required-Arguments), on fields and on directives.</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override void LeaveField(FieldNode node, ValidationContext context)
    {
        if (context.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (InputValue argument in field.Arguments)
        {
            if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
            {
                context.Report(ErrorMessages.MissingFieldArgument(field.Name, argument.Name, argument.Type.ToString()!, node));
            }
        }
    }

    public override VisitAction EnterDirective(DirectiveNode node, ValidationContext context)
    {
        if (context.Directive is { } directive)
        {
            foreach (InputValue argument in directive.Arguments)
            {
                if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
                {
                    context.Report(ErrorMessages.MissingDirectiveArgument(directive.Name, argument.Name, argument.Type.ToString()!, node));
                }
            }
        }

        return VisitAction.SkipChildren;
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            if (string.Equals(arguments[i].Name.Value, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
