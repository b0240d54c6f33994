using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// One nesting limit for input values (lists and input objects inside one another), whether they are written in the
/// document or sent as variables: the same count, the same message and the same code
/// (<c>MAX_INPUT_DEPTH_EXCEEDED</c>). A scalar has depth 0, <c>{a: 1}</c> and <c>[1]</c> depth 1.
/// </summary>
public static class InputDepth
{
    public static string Message(int max) =>
        $"An input value is nested more than {max} levels deep (lists and input objects inside one another); the maximum is {max}.";

    /// <summary>The error for a value of the document that is too deep.</summary>
    public static GraphQLError Error(int max, Location? location) => new(
        Message(max),
        location is { } at ? [at.StartLocation] : null,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = GraphQLErrorCodes.MaxInputDepthExceeded });

    /// <summary>The first value in an executable definition nested deeper than <paramref name="max"/>, or null.</summary>
    public static ValueNode? FindTooDeep(DefinitionNode definition, int max)
    {
        ArgumentNullException.ThrowIfNull(definition);
        switch (definition)
        {
            case OperationDefinitionNode operation:
                foreach (VariableDefinitionNode variable in operation.VariableDefinitions)
                {
                    if (variable.DefaultValue is { } value && Depth(value) > max)
                    {
                        return value;
                    }
                }

                return FindInDirectives(operation.Directives, max) ?? FindInSelections(operation.SelectionSet, max);
            case FragmentDefinitionNode fragment:
                return FindInDirectives(fragment.Directives, max) ?? FindInSelections(fragment.SelectionSet, max);
            default:
                return null;
        }
    }

    /// <summary>How deeply lists and input objects nest in <paramref name="value"/>.</summary>
    public static int Depth(ValueNode value) => value switch
    {
        ListValueNode list => 1 + list.Values.Select(Depth).DefaultIfEmpty(0).Max(),
        ObjectValueNode obj => 1 + obj.Fields.Select(field => Depth(field.Value)).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static ValueNode? FindInSelections(SelectionSetNode selectionSet, int max)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            ValueNode? found = selection switch
            {
                FieldNode field => FindInArguments(field.Arguments, max)
                    ?? FindInDirectives(field.Directives, max)
                    ?? (field.SelectionSet is { } sub ? FindInSelections(sub, max) : null),
                InlineFragmentNode inline => FindInDirectives(inline.Directives, max) ?? FindInSelections(inline.SelectionSet, max),
                FragmentSpreadNode spread => FindInDirectives(spread.Directives, max),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static ValueNode? FindInDirectives(IReadOnlyList<DirectiveNode> directives, int max)
    {
        foreach (DirectiveNode directive in directives)
        {
            if (FindInArguments(directive.Arguments, max) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static ValueNode? FindInArguments(IReadOnlyList<ArgumentNode> arguments, int max)
    {
        foreach (ArgumentNode argument in arguments)
        {
            if (Depth(argument.Value) > max)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
