using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Argument Names (spec #sec-Argument-Names), on fields and on directives.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    public override VisitAction EnterDirective(DirectiveNode node, ValidationContext context)
    {
        if (context.Directive is { } directive)
        {
            foreach (ArgumentNode argument in node.Arguments)
            {
                if (!directive.Arguments.ContainsName(argument.Name.Value))
                {
                    string suggestion = Suggestions.DidYouMean(Suggestions.List(argument.Name.Value, Names(directive.Arguments)));
                    context.Report(ErrorMessages.UnknownDirectiveArgument(argument.Name.Value, directive.Name, suggestion, argument));
                }
            }
        }

        return VisitAction.SkipChildren;
    }

    public override VisitAction EnterArgument(ArgumentNode node, ValidationContext context)
    {
        if (context.Argument is null && context.FieldDefinition is { } field && context.ParentType is { } parentType)
        {
            string suggestion = Suggestions.DidYouMean(Suggestions.List(node.Name.Value, Names(field.Arguments)));
            context.Report(ErrorMessages.UnknownFieldArgument(node.Name.Value, parentType.Name + "." + field.Name, suggestion, node));
        }

        return VisitAction.SkipChildren;
    }

    private static List<string> Names(FieldCollection<InputValue> arguments)
    {
        var names = new List<string>(arguments.Count);
        foreach (InputValue argument in arguments)
        {
            names.Add(argument.Name);
        }

        return names;
    }
}
